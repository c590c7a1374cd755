"""Validate the three JSONL files and print count tables."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{n} does not parse: {e}")
                continue
            if set(r) != fields:
                err(f"{name}:{n} fields {sorted(r)} != {sorted(fields)}")
            if not re.fullmatch(prefix + r"\d{3}", str(r.get("id", ""))):
                err(f"{name}:{n} bad id {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{name}:{n} empty text")
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"{name}: duplicate id {i}")
    return rows


def table(title, counter, order=None):
    print(f"  {title}:")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"    {k:<28} {counter.get(k, 0)}")


def main():
    pv = load("privacy.jsonl", {"id", "text", "identifiers", "quasi"}, "j-p")
    tr = load("triage.jsonl", {"id", "text", "age_range", "gender", "department"}, "j-t")
    em = load("emergency.jsonl", {"id", "text", "emergency", "family", "kind"}, "j-e")

    # duplicates within and across files (case/space-insensitive)
    seen = {}
    for fname, rows in (("privacy", pv), ("triage", tr), ("emergency", em)):
        for r in rows:
            key = " ".join(r["text"].lower().split())
            if key in seen:
                err(f"duplicate text: {r['id']} and {seen[key]}")
            seen[key] = r["id"]

    # privacy
    none = quasi_n = 0
    types = Counter()
    for r in pv:
        ids = r["identifiers"]
        if not isinstance(ids, list) or not isinstance(r["quasi"], list):
            err(f"{r['id']}: identifiers/quasi not lists")
            continue
        if not ids:
            none += 1
        seen_spans = set()
        for d in ids:
            if set(d) != {"type", "text"}:
                err(f"{r['id']}: identifier fields {sorted(d)}")
                continue
            if d["type"] not in ID_TYPES:
                err(f"{r['id']}: bad identifier type {d['type']}")
            if d["text"] not in r["text"]:
                err(f"{r['id']}: span not in text: {d['text']!r}")
            if d["text"] in seen_spans:
                err(f"{r['id']}: repeated span listed twice")
            seen_spans.add(d["text"])
            types[d["type"]] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in r["text"]:
                err(f"{r['id']}: quasi not in text: {q!r}")
        if r["quasi"]:
            quasi_n += 1
    if len(pv) < 170:
        err(f"privacy: {len(pv)} < 170 items")
    if not (0.28 <= none / max(len(pv), 1) <= 0.40):
        err(f"privacy: share without identifiers {none}/{len(pv)} not about a third")
    if quasi_n < 20:
        err(f"privacy: only {quasi_n} items with quasi")
    for t in ID_TYPES:
        if types[t] == 0:
            err(f"privacy: no identifier of type {t}")

    # triage
    depts = Counter()
    for r in tr:
        if r["department"] not in DEPTS:
            err(f"{r['id']}: bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']}: bad age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']}: bad gender {r['gender']}")
        depts[r["department"]] += 1
    if len(tr) != 88:
        err(f"triage: {len(tr)} items, expected 88")
    for d in DEPTS:
        if depts[d] != 4:
            err(f"triage: {d} has {depts[d]} items, expected 4")

    # emergency
    fam_true, fam_false, kinds = Counter(), Counter(), Counter()
    n_true = n_false = 0
    for r in em:
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']}: emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']}: bad family {r['family']}")
        if r["emergency"]:
            n_true += 1
            fam_true[r["family"]] += 1
            if r["kind"] != "now":
                err(f"{r['id']}: emergency with kind {r['kind']}")
        else:
            n_false += 1
            fam_false[r["family"]] += 1
            if r["kind"] not in NON_KINDS:
                err(f"{r['id']}: bad non-emergency kind {r['kind']}")
        kinds[r["kind"]] += 1
    if n_true < 70:
        err(f"emergency: {n_true} emergencies < 70")
    if n_false < 100:
        err(f"emergency: {n_false} non-emergencies < 100")
    for f in FAMILIES:
        if fam_true[f] < 2:
            err(f"emergency: family {f} has {fam_true[f]} emergencies < 2")
    for k in NON_KINDS:
        if kinds[k] == 0:
            err(f"emergency: kind {k} not covered")

    print("privacy.jsonl")
    print(f"  items: {len(pv)}  without identifiers: {none}  with identifiers: {len(pv) - none}  with quasi: {quasi_n}")
    table("identifier spans by type", types, sorted(ID_TYPES))
    print("triage.jsonl")
    print(f"  items: {len(tr)}")
    table("by department", depts, DEPTS)
    table("by age_range", Counter(r["age_range"] for r in tr), sorted(AGES))
    table("by gender", Counter(r["gender"] for r in tr), sorted(GENDERS))
    print("emergency.jsonl")
    print(f"  items: {len(em)}  emergency=true: {n_true}  emergency=false: {n_false}")
    table("non-emergency kinds", kinds, ["now"] + NON_KINDS)
    print("  families (true / false):")
    for f in FAMILIES:
        print(f"    {f:<28} {fam_true[f]:>2} / {fam_false[f]:>2}")

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
