"""Validate the three JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def load(name):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def table(title, counter):
    print(title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-28s %4d" % (k, v))


P, T, E = load("privacy.jsonl"), load("triage.jsonl"), load("emergency.jsonl")

all_texts = Counter(r["text"] for r in P + T + E)
for t, c in all_texts.items():
    if c > 1:
        errors.append("duplicate text: %r" % t[:60])

for prefix, rows in (("q-p", P), ("q-t", T), ("q-e", E)):
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids in " + prefix)
    for i in ids:
        if not (i.startswith(prefix) and i[3:].isdigit() and len(i[3:]) == 3):
            errors.append("bad id " + i)

# privacy
ptype, pshape = Counter(), Counter()
for r in P:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        errors.append("privacy fields " + r["id"])
    seen = set()
    for ident in r["identifiers"]:
        if set(ident) != {"type", "text"} or ident["type"] not in ID_TYPES:
            errors.append("bad identifier %s %r" % (r["id"], ident))
        if ident["text"] not in r["text"]:
            errors.append("identifier not substring %s %r" % (r["id"], ident["text"]))
        if ident["text"] in seen:
            errors.append("identifier listed twice %s %r" % (r["id"], ident["text"]))
        seen.add(ident["text"])
        ptype[ident["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            errors.append("quasi not substring %s %r" % (r["id"], q))
    pshape["with identifiers" if r["identifiers"] else "traps only"] += 1
    if r["quasi"]:
        pshape["with quasi"] += 1

# triage
tdep, tage, tgen = Counter(), Counter(), Counter()
for r in T:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        errors.append("triage fields " + r["id"])
    if r["department"] not in DEPTS:
        errors.append("bad dept " + r["id"])
    if r["age_range"] not in AGES:
        errors.append("bad age " + r["id"])
    if r["gender"] not in GENDERS:
        errors.append("bad gender " + r["id"])
    tdep[r["department"]] += 1
    tage[r["age_range"]] += 1
    tgen[r["gender"]] += 1
for d in DEPTS:
    if tdep[d] < 3:
        errors.append("department under 3: " + d)

# emergency
ekind, efam_now, efam_non, elabel = Counter(), Counter(), Counter(), Counter()
for r in E:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        errors.append("emergency fields " + r["id"])
    if not isinstance(r["emergency"], bool):
        errors.append("emergency not bool " + r["id"])
    if r["family"] not in FAMILIES:
        errors.append("bad family " + r["id"])
    if r["emergency"]:
        if r["kind"] != "now":
            errors.append("emergency kind must be now " + r["id"])
        efam_now[r["family"]] += 1
    else:
        if r["kind"] not in KINDS:
            errors.append("bad kind " + r["id"])
        efam_non[r["family"]] += 1
    ekind[r["kind"]] += 1
    elabel["emergency=true" if r["emergency"] else "emergency=false"] += 1

print("privacy.jsonl: %d items" % len(P))
table(" shape", pshape)
table(" identifier types", ptype)
print()
print("triage.jsonl: %d items" % len(T))
table(" department", tdep)
table(" age_range", tage)
table(" gender", tgen)
print()
print("emergency.jsonl: %d items" % len(E))
table(" label", elabel)
table(" kind", ekind)
table(" family (emergency=true)", efam_now)
table(" family (emergency=false)", efam_non)
print()
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("all checks passed")
