#!/usr/bin/env python3
"""Check the built files and print count tables (standard library only)."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: bad json %s" % (name, n, e))
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))


priv = load("privacy.jsonl")
tri = load("triage.jsonl")
emg = load("emergency.jsonl")

all_ids = Counter(r.get("id") for r in priv + tri + emg)
for k, v in all_ids.items():
    if v > 1:
        err("duplicate id %s" % k)
texts = Counter(r.get("text") for r in priv + tri + emg)
for k, v in texts.items():
    if v > 1:
        err("duplicate text: %r" % k[:80])

# privacy
type_counts = Counter()
with_ids = 0
quasi_n = 0
for r in priv:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: fields %s" % (r.get("id"), sorted(r)))
    if not str(r.get("id", "")).startswith("ah-p"):
        err("privacy bad id %s" % r.get("id"))
    t = r.get("text", "")
    ids = r.get("identifiers", [])
    if ids:
        with_ids += 1
    pairs = set()
    for ident in ids:
        if set(ident) != {"type", "text"}:
            err("privacy %s: identifier fields" % r["id"])
        if ident.get("type") not in ID_TYPES:
            err("privacy %s: bad type %s" % (r["id"], ident.get("type")))
        if ident.get("text", "\0") not in t:
            err("privacy %s: identifier %r not in text" % (r["id"], ident.get("text")))
        if (ident.get("type"), ident.get("text")) in pairs:
            err("privacy %s: repeated identifier %r" % (r["id"], ident.get("text")))
        pairs.add((ident.get("type"), ident.get("text")))
        type_counts[ident.get("type")] += 1
    for q in r.get("quasi", []):
        quasi_n += 1
        if q not in t:
            err("privacy %s: quasi %r not in text" % (r["id"], q))
for ty in ID_TYPES:
    if type_counts[ty] < 8:
        err("identifier type %s only %d" % (ty, type_counts[ty]))
if len(priv) < 250:
    err("privacy has only %d items" % len(priv))

# triage
depts = Counter()
for r in tri:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s: fields %s" % (r.get("id"), sorted(r)))
    if not str(r.get("id", "")).startswith("ah-t"):
        err("triage bad id %s" % r.get("id"))
    if r.get("department") not in DEPTS:
        err("triage %s: bad department" % r["id"])
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range" % r["id"])
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender" % r["id"])
    depts[r.get("department")] += 1
if len(tri) != 88:
    err("triage has %d items, want 88" % len(tri))
for d in DEPTS:
    if depts[d] != 4:
        err("department %s has %d" % (d, depts[d]))

# emergency
fam_now = Counter()
kind_non = Counter()
fam_non = Counter()
for r in emg:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: fields %s" % (r.get("id"), sorted(r)))
    if not str(r.get("id", "")).startswith("ah-e"):
        err("emergency bad id %s" % r.get("id"))
    if r.get("family") not in FAMILIES:
        err("emergency %s: bad family %s" % (r["id"], r.get("family")))
    if r.get("emergency") is True:
        if r.get("kind") != "now":
            err("emergency %s: true but kind %s" % (r["id"], r.get("kind")))
        fam_now[r.get("family")] += 1
    elif r.get("emergency") is False:
        if r.get("kind") not in KINDS_NON:
            err("emergency %s: false but kind %s" % (r["id"], r.get("kind")))
        kind_non[r.get("kind")] += 1
        fam_non[r.get("family")] += 1
    else:
        err("emergency %s: emergency not bool" % r["id"])
n_now = sum(fam_now.values())
n_non = sum(kind_non.values())
if n_now < 110:
    err("only %d emergencies" % n_now)
if n_non < 170:
    err("only %d non-emergencies" % n_non)
for f in FAMILIES:
    if fam_now[f] < 4:
        err("family %s has %d emergencies" % (f, fam_now[f]))
for k in KINDS_NON:
    if kind_non[k] < 18:
        err("kind %s has %d" % (k, kind_non[k]))

print("privacy: %d items, %d with identifiers (%.1f%%), %d trap-only, %d identifiers, %d quasi flags"
      % (len(priv), with_ids, 100.0 * with_ids / max(1, len(priv)), len(priv) - with_ids,
         sum(type_counts.values()), quasi_n))
table("identifier types", type_counts, ID_TYPES)
print("\ntriage: %d items" % len(tri))
table("departments", depts, DEPTS)
table("age ranges", Counter(r.get("age_range") for r in tri), AGES)
table("genders", Counter(r.get("gender") for r in tri), GENDERS)
print("\nemergency: %d items, %d emergencies, %d non-emergencies" % (len(emg), n_now, n_non))
table("emergency families (now)", fam_now, FAMILIES)
table("non-emergency kinds", kind_non, KINDS_NON)
table("non-emergency families", fam_non, FAMILIES)

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
print("\nSUMMARY: privacy=%d (with identifiers=%d, trap-only=%d, quasi=%d) triage=%d emergency=%d (now=%d, non=%d) %s"
      % (len(priv), with_ids, len(priv) - with_ids, quasi_n, len(tri), len(emg), n_now, n_non,
         "OK" if not errors else "FAILED (%d errors)" % len(errors)))
sys.exit(1 if errors else 0)
