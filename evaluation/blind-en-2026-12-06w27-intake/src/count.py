"""Validate the built JSONL files and print count tables."""
import json
import os
import re
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
KINDS_NOT = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            rows.append(json.loads(line))
    return rows


def table(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-28s %4d" % (k, v))


priv = load("privacy.jsonl")
tri = load("triage.jsonl")
emer = load("emergency.jsonl")

all_texts = Counter()
for rows in (priv, tri, emer):
    for r in rows:
        all_texts[r["text"].strip()] += 1
for t, c in all_texts.items():
    if c > 1:
        errors.append("duplicate text: %r" % t[:80])

# privacy
seen_ids = set()
type_counter = Counter()
with_ids = 0
quasi_items = 0
for r in priv:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        errors.append("privacy fields %s" % r.get("id"))
    if not re.fullmatch(r"q-p\d{3}", r["id"]) or r["id"] in seen_ids:
        errors.append("privacy bad id %s" % r["id"])
    seen_ids.add(r["id"])
    seen_pairs = set()
    for ident in r["identifiers"]:
        if set(ident) != {"type", "text"}:
            errors.append("identifier fields %s" % r["id"])
        if ident["type"] not in ID_TYPES:
            errors.append("bad identifier type %s %s" % (r["id"], ident["type"]))
        if ident["text"] not in r["text"]:
            errors.append("identifier not substring %s %r" % (r["id"], ident["text"]))
        if ident["text"] in seen_pairs:
            errors.append("identifier listed twice %s %r" % (r["id"], ident["text"]))
        seen_pairs.add(ident["text"])
        type_counter[ident["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            errors.append("quasi not substring %s %r" % (r["id"], q))
    if r["identifiers"]:
        with_ids += 1
    if r["quasi"]:
        quasi_items += 1

print("privacy.jsonl: %d items" % len(priv))
print("  with identifiers: %d, traps only: %d, with quasi: %d" % (with_ids, len(priv) - with_ids, quasi_items))
table("identifiers by type", type_counter)

# triage
seen_ids = set()
for r in tri:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        errors.append("triage fields %s" % r.get("id"))
    if not re.fullmatch(r"q-t\d{3}", r["id"]) or r["id"] in seen_ids:
        errors.append("triage bad id %s" % r["id"])
    seen_ids.add(r["id"])
    if r["department"] not in DEPTS:
        errors.append("bad department %s" % r["id"])
    if r["age_range"] not in AGES:
        errors.append("bad age %s" % r["id"])
    if r["gender"] not in GENDERS:
        errors.append("bad gender %s" % r["id"])
dept_counter = Counter(r["department"] for r in tri)
for d in DEPTS:
    if dept_counter[d] < 3:
        errors.append("department under 3: %s" % d)
print("triage.jsonl: %d items" % len(tri))
table("department", dept_counter)
table("age_range", Counter(r["age_range"] for r in tri))
table("gender", Counter(r["gender"] for r in tri))

# emergency
seen_ids = set()
for r in emer:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        errors.append("emergency fields %s" % r.get("id"))
    if not re.fullmatch(r"q-e\d{3}", r["id"]) or r["id"] in seen_ids:
        errors.append("emergency bad id %s" % r["id"])
    seen_ids.add(r["id"])
    if not isinstance(r["emergency"], bool):
        errors.append("emergency not bool %s" % r["id"])
    if r["emergency"] and r["kind"] != "now":
        errors.append("emergency with kind %s %s" % (r["kind"], r["id"]))
    if not r["emergency"] and r["kind"] not in KINDS_NOT:
        errors.append("non-emergency bad kind %s" % r["id"])
    if r["family"] not in FAMILIES:
        errors.append("bad family %s %s" % (r["id"], r["family"]))
now = [r for r in emer if r["emergency"]]
nots = [r for r in emer if not r["emergency"]]
print("emergency.jsonl: %d items (emergency=true %d, emergency=false %d)" % (len(emer), len(now), len(nots)))
table("kind", Counter(r["kind"] for r in emer))
table("family (emergency=true)", Counter(r["family"] for r in now))
table("family (emergency=false)", Counter(r["family"] for r in nots))
for k in KINDS_NOT:
    if not any(r["kind"] == k for r in nots):
        errors.append("kind missing: %s" % k)

if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
