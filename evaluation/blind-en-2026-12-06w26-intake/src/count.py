"""Validate the three JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"now", "past_event", "examined_or_treated", "relative_history",
         "hypothetical_or_general", "negated", "figure_of_speech", "medicine_question",
         "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

errors = []


def load(name, fields, prefix):
    rows = []
    ids = set()
    texts = set()
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append("%s:%d does not parse: %s" % (name, n, e))
                continue
            if list(r.keys()) != fields:
                errors.append("%s:%d fields %s" % (name, n, list(r.keys())))
            if r["id"] in ids:
                errors.append("%s:%d duplicate id %s" % (name, n, r["id"]))
            ids.add(r["id"])
            if not r["id"].startswith(prefix) or len(r["id"]) != len(prefix) + 3:
                errors.append("%s:%d bad id %s" % (name, n, r["id"]))
            if r["text"] in texts:
                errors.append("%s:%d duplicate text" % (name, n))
            texts.add(r["text"])
            rows.append(r)
    return rows


def table(title, counter):
    print(title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-28s %d" % (k, v))


# privacy
P = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
span_types = Counter()
items_with = 0
for r in P:
    if not isinstance(r["identifiers"], list) or not isinstance(r["quasi"], list):
        errors.append("%s lists" % r["id"])
        continue
    if r["identifiers"]:
        items_with += 1
    seen = set()
    for ident in r["identifiers"]:
        if list(ident.keys()) != ["type", "text"]:
            errors.append("%s identifier keys %s" % (r["id"], list(ident.keys())))
        if ident["type"] not in ID_TYPES:
            errors.append("%s bad type %s" % (r["id"], ident["type"]))
        if ident["text"] not in r["text"]:
            errors.append("%s span not in text: %r" % (r["id"], ident["text"]))
        if ident["text"] in seen:
            errors.append("%s repeated span %r" % (r["id"], ident["text"]))
        seen.add(ident["text"])
        span_types[ident["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            errors.append("%s quasi not in text: %r" % (r["id"], q))
print("privacy.jsonl: %d items, %d with identifiers, %d without, %d with quasi"
      % (len(P), items_with, len(P) - items_with, sum(1 for r in P if r["quasi"])))
table("identifier spans by type:", span_types)

# triage
T = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "q-t")
for r in T:
    if r["department"] not in DEPTS:
        errors.append("%s bad department" % r["id"])
    if r["age_range"] not in AGES:
        errors.append("%s bad age_range" % r["id"])
    if r["gender"] not in GENDERS:
        errors.append("%s bad gender" % r["id"])
print()
print("triage.jsonl: %d items" % len(T))
table("by department:", Counter(r["department"] for r in T))
table("by age_range:", Counter(r["age_range"] for r in T))
table("by gender:", Counter(r["gender"] for r in T))
dc = Counter(r["department"] for r in T)
if set(dc) != DEPTS or any(v != 4 for v in dc.values()):
    errors.append("triage: not 4 per department")

# emergency
E = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "q-e")
for r in E:
    if not isinstance(r["emergency"], bool):
        errors.append("%s emergency not bool" % r["id"])
    if r["kind"] not in KINDS:
        errors.append("%s bad kind" % r["id"])
    if r["family"] not in FAMILIES:
        errors.append("%s bad family %s" % (r["id"], r["family"]))
    if r["emergency"] != (r["kind"] == "now"):
        errors.append("%s emergency/kind mismatch" % r["id"])
print()
print("emergency.jsonl: %d items, %d emergency (now), %d non-emergency"
      % (len(E), sum(r["emergency"] for r in E), sum(not r["emergency"] for r in E)))
table("by kind:", Counter(r["kind"] for r in E))
table("emergency families (now):", Counter(r["family"] for r in E if r["emergency"]))
table("non-emergency families:", Counter(r["family"] for r in E if not r["emergency"]))

print()
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
