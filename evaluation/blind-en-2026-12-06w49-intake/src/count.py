"""Check the JSONL files and print count tables. Writer 49, prefix al. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "al"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON %s" % (name, n, e))
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))
    extra = [k for k in counter if order and k not in order]
    for k in extra:
        print("  %-28s %4d  (UNKNOWN)" % (k, counter[k]))


priv = load("privacy")
tri = load("triage")
emg = load("emergency")

all_ids = set()
all_texts = {}
for name, rows, letter, fields in (
        ("privacy", priv, "p", {"id", "text", "identifiers", "quasi"}),
        ("triage", tri, "t", {"id", "text", "department", "age_range", "gender"}),
        ("emergency", emg, "e", {"id", "text", "emergency", "kind", "family"})):
    for r in rows:
        if set(r) != fields:
            err("%s %s: fields %s" % (name, r.get("id"), sorted(r)))
        rid = r.get("id", "")
        if not re.fullmatch(PREFIX + "-" + letter + r"\d{3}", rid):
            err("%s: bad id %r" % (name, rid))
        if rid in all_ids:
            err("duplicate id %s" % rid)
        all_ids.add(rid)
        t = r.get("text", "")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
        key = " ".join(t.lower().split())
        if key in all_texts:
            err("duplicate text: %s and %s" % (all_texts[key], rid))
        all_texts[key] = rid

# privacy
id_type_counts = collections.Counter()
n_with = n_trap = n_quasi = n_occ = 0
for r in priv:
    ids = r["identifiers"]
    if ids:
        n_with += 1
    else:
        n_trap += 1
    if r["quasi"]:
        n_quasi += 1
    seen = set()
    for it in ids:
        if set(it) != {"type", "text"}:
            err("%s: identifier fields %s" % (r["id"], sorted(it)))
        if it.get("type") not in ID_TYPES:
            err("%s: bad identifier type %r" % (r["id"], it.get("type")))
        if it.get("text") not in r["text"]:
            err("%s: identifier %r not in text" % (r["id"], it.get("text")))
        if it.get("text") in seen:
            err("%s: identifier %r listed twice" % (r["id"], it.get("text")))
        seen.add(it.get("text"))
        id_type_counts[it.get("type")] += 1
        n_occ += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            err("%s: quasi %r not in text" % (r["id"], q))

# triage
dept_counts = collections.Counter(r["department"] for r in tri)
age_counts = collections.Counter(r["age_range"] for r in tri)
gender_counts = collections.Counter(r["gender"] for r in tri)
for r in tri:
    if r["department"] not in DEPTS:
        err("%s: bad department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("%s: bad age_range %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s: bad gender %r" % (r["id"], r["gender"]))

# emergency
kind_counts = collections.Counter(r["kind"] for r in emg)
fam_now = collections.Counter(r["family"] for r in emg if r["kind"] == "now")
fam_non = collections.Counter(r["family"] for r in emg if r["kind"] != "now")
n_em = n_non = 0
for r in emg:
    if not isinstance(r["emergency"], bool):
        err("%s: emergency not bool" % r["id"])
    if r["kind"] not in KINDS:
        err("%s: bad kind %r" % (r["id"], r["kind"]))
    if r["family"] not in FAMILIES:
        err("%s: bad family %r" % (r["id"], r["family"]))
    if (r["kind"] == "now") != (r["emergency"] is True):
        err("%s: kind %s does not match emergency=%s" % (r["id"], r["kind"], r["emergency"]))
    if r["emergency"]:
        n_em += 1
    else:
        n_non += 1

# sizes
if len(priv) < 250:
    err("privacy: %d items < 250" % len(priv))
if n_occ < 250:
    err("privacy: %d identifier occurrences < 250" % n_occ)
for t in ID_TYPES:
    if not id_type_counts.get(t):
        err("privacy: no identifier of type %s" % t)
if id_type_counts.most_common(1)[0][0] != "name":
    err("privacy: names are not the most common type")
if n_quasi < 15:
    err("privacy: only %d items with quasi" % n_quasi)
if len(tri) != 88:
    err("triage: %d items != 88" % len(tri))
for d in DEPTS:
    if dept_counts.get(d, 0) != 4:
        err("triage: %s has %d items != 4" % (d, dept_counts.get(d, 0)))
if len(emg) < 300:
    err("emergency: %d items < 300" % len(emg))
if n_em < 110:
    err("emergency: %d emergencies < 110" % n_em)
if n_non < 180:
    err("emergency: %d non-emergencies < 180" % n_non)
for k in KINDS[1:]:
    if kind_counts.get(k, 0) < 15:
        err("emergency: kind %s only %d" % (k, kind_counts.get(k, 0)))
for f in FAMILIES:
    if not fam_now.get(f):
        err("emergency: no now item for family %s" % f)

print("privacy: %d items, %d with identifiers (%.0f%%), %d trap-only, %d with quasi, %d identifier occurrences"
      % (len(priv), n_with, 100.0 * n_with / max(1, len(priv)), n_trap, n_quasi, n_occ))
table("identifier types", id_type_counts, ID_TYPES)
print("\ntriage: %d items" % len(tri))
table("departments", dept_counts, DEPTS)
table("age ranges", age_counts, AGES)
table("genders", gender_counts, GENDERS)
print("\nemergency: %d items, %d emergencies, %d non-emergencies" % (len(emg), n_em, n_non))
table("kinds", kind_counts, KINDS)
table("families (now)", fam_now, FAMILIES)
table("families (non-emergency)", fam_non, FAMILIES)

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
print("\nSUMMARY: privacy=%d (with_identifiers=%d, trap_only=%d, quasi=%d, identifiers=%d) triage=%d "
      "emergency=%d (now=%d, non=%d) errors=%d"
      % (len(priv), n_with, n_trap, n_quasi, n_occ, len(tri), len(emg), n_em, n_non, len(errors)))
sys.exit(1 if errors else 0)
