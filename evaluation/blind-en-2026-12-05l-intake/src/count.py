"""Validate the JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(f"{name}:{n} does not parse: {e}")
                continue
            if set(r) != set(fields):
                err(f"{name}:{n} fields {sorted(r)} != {sorted(fields)}")
            if not str(r.get("id", "")).startswith(prefix):
                err(f"{name}:{n} bad id prefix {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{name}:{n} empty text")
            rows.append(r)
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{name}: duplicate ids")
    texts = [r.get("text") for r in rows]
    if len(texts) != len(set(texts)):
        err(f"{name}: duplicate texts")
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")
    print(f"  {'TOTAL':<28} {sum(counter.values())}")


priv = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
tri = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "q-t")
em = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "q-e")

# privacy checks
type_counts, with_ids = Counter(), Counter()
quasi_items = 0
for r in priv:
    ids = r["identifiers"]
    if not isinstance(ids, list):
        err(f"{r['id']} identifiers not a list")
        continue
    seen = set()
    for d in ids:
        if set(d) != {"type", "text"}:
            err(f"{r['id']} identifier fields {sorted(d)}")
            continue
        if d["type"] not in ID_TYPES:
            err(f"{r['id']} bad identifier type {d['type']}")
        if d["text"] not in r["text"]:
            err(f"{r['id']} identifier not substring: {d['text']!r}")
        if (d["type"], d["text"]) in seen:
            err(f"{r['id']} repeated identifier {d['text']!r}")
        seen.add((d["type"], d["text"]))
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            err(f"{r['id']} quasi not substring: {q!r}")
    if r["quasi"]:
        quasi_items += 1
    types = {d["type"] for d in ids}
    for t in types:
        type_counts[t] += 1
    with_ids["with identifiers" if ids else "no identifiers"] += 1
for t in ID_TYPES:
    if type_counts[t] == 0:
        err(f"privacy: identifier type {t} never used")

# triage checks
dept_c, age_c, gen_c = Counter(), Counter(), Counter()
for r in tri:
    if r["department"] not in DEPTS:
        err(f"{r['id']} bad department {r['department']}")
    if r["age_range"] not in AGES:
        err(f"{r['id']} bad age_range {r['age_range']}")
    if r["gender"] not in GENDERS:
        err(f"{r['id']} bad gender {r['gender']}")
    dept_c[r["department"]] += 1
    age_c[r["age_range"]] += 1
    gen_c[r["gender"]] += 1

# emergency checks
emerg_c, kind_c, fam_true, fam_false = Counter(), Counter(), Counter(), Counter()
for r in em:
    if not isinstance(r["emergency"], bool):
        err(f"{r['id']} emergency not bool")
    if r["family"] not in FAMILIES:
        err(f"{r['id']} bad family {r['family']}")
    if r["emergency"]:
        if r["kind"] != "now":
            err(f"{r['id']} emergency with kind {r['kind']}")
        fam_true[r["family"]] += 1
    else:
        if r["kind"] not in KINDS_NON:
            err(f"{r['id']} non-emergency with kind {r['kind']}")
        fam_false[r["family"]] += 1
    emerg_c["emergency" if r["emergency"] else "non-emergency"] += 1
    kind_c[r["kind"]] += 1
for fam in FAMILIES:
    if fam_true[fam] == 0:
        err(f"emergency: family {fam} has no emergency item")

print("privacy.jsonl")
table("items", with_ids)
print(f"  items with quasi flags         {quasi_items}")
table("items containing identifier type", type_counts, sorted(ID_TYPES))
print("\ntriage.jsonl")
table("department", dept_c, sorted(DEPTS))
table("age_range", age_c, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
table("gender", gen_c, ["female", "male", "other", "undisclosed"])
print("\nemergency.jsonl")
table("emergency", emerg_c)
table("kind", kind_c, ["now"] + sorted(KINDS_NON))
print("\nfamily                       emergency  non-emergency")
for fam in sorted(FAMILIES):
    print(f"  {fam:<28} {fam_true[fam]:>5}  {fam_false[fam]:>9}")

print()
if errors:
    print(f"VALIDATION FAILED: {len(errors)} error(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("VALIDATION OK: all lines parse, fields exact, ids unique, labels valid, substrings exact, no duplicate texts")
