"""Validate the JSONL files and print count tables."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
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


def load(name):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def err(msg):
    errors.append(msg)


priv = load("privacy.jsonl")
tri = load("triage.jsonl")
em = load("emergency.jsonl")

# ids and duplicates
all_texts = collections.Counter()
for prefix, rows in (("v-p", priv), ("v-t", tri), ("v-e", em)):
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids in " + prefix)
    for r in rows:
        if not r["id"].startswith(prefix):
            err("bad id " + r["id"])
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("empty text " + r["id"])
        all_texts[r["text"].strip().lower()] += 1
for t, c in all_texts.items():
    if c > 1:
        err("duplicate text: " + t[:60])

# privacy
ptype = collections.Counter()
n_with = 0
n_quasi = 0
for r in priv:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("privacy fields " + r["id"])
    if r["identifiers"]:
        n_with += 1
    seen = set()
    for ident in r["identifiers"]:
        if ident["type"] not in ID_TYPES:
            err("bad type %s in %s" % (ident["type"], r["id"]))
        if ident["text"] not in r["text"]:
            err("identifier not substring %r in %s" % (ident["text"], r["id"]))
        key = (ident["type"], ident["text"])
        if key in seen:
            err("repeated identifier in " + r["id"])
        seen.add(key)
        ptype[ident["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            err("quasi not substring %r in %s" % (q, r["id"]))
    if r["quasi"]:
        n_quasi += 1

# triage
dept = collections.Counter()
ages = collections.Counter()
gend = collections.Counter()
for r in tri:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("triage fields " + r["id"])
    if r["department"] not in DEPTS:
        err("bad dept " + r["id"])
    if r["age_range"] not in AGES:
        err("bad age " + r["id"])
    if r["gender"] not in GENDERS:
        err("bad gender " + r["id"])
    dept[r["department"]] += 1
    ages[r["age_range"]] += 1
    gend[r["gender"]] += 1
for d in DEPTS:
    if dept[d] < 4:
        err("department %s has %d items" % (d, dept[d]))

# emergency
kinds = collections.Counter()
fam_now = collections.Counter()
fam_non = collections.Counter()
n_em = n_non = 0
for r in em:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency fields " + r["id"])
    if not isinstance(r["emergency"], bool):
        err("emergency not bool " + r["id"])
    if r["family"] not in FAMILIES:
        err("bad family " + r["id"])
    if r["emergency"]:
        n_em += 1
        if r["kind"] != "now":
            err("emergency with kind %s %s" % (r["kind"], r["id"]))
        fam_now[r["family"]] += 1
    else:
        n_non += 1
        if r["kind"] not in KINDS_NON:
            err("bad non-emergency kind " + r["id"])
        kinds[r["kind"]] += 1
        fam_non[r["family"]] += 1

print("== privacy ==")
print("items: %d  with identifiers: %d (%.0f%%)  trap-only: %d  items with quasi: %d"
      % (len(priv), n_with, 100.0 * n_with / len(priv), len(priv) - n_with, n_quasi))
for t, c in ptype.most_common():
    print("  %-14s %d" % (t, c))
print("== triage ==")
print("items: %d" % len(tri))
for d in DEPTS:
    print("  %-22s %d" % (d, dept[d]))
print("  ages: " + ", ".join("%s=%d" % (a, ages[a]) for a in AGES))
print("  genders: " + ", ".join("%s=%d" % (g, gend[g]) for g in GENDERS))
print("== emergency ==")
print("items: %d  emergencies: %d  non-emergencies: %d" % (len(em), n_em, n_non))
print("  emergency families (now):")
for f in FAMILIES:
    print("    %-28s now=%d  non=%d" % (f, fam_now[f], fam_non[f]))
print("  non-emergency kinds:")
for k in KINDS_NON:
    print("    %-24s %d" % (k, kinds[k]))

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
print("SUMMARY: privacy=%d triage=%d emergency=%d/%d" % (len(priv), len(tri), n_em, n_non))
