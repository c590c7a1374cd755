"""Validate the three JSONL files and print count tables."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "severe_burn", "choking"}
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, prefix, fields):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa
                err(f"{name}:{n} does not parse: {e}")
                continue
            if set(r) != fields:
                err(f"{name}:{n} fields {sorted(r)}")
            if not re.fullmatch(prefix + r"\d{3}", str(r.get("id", ""))):
                err(f"{name}:{n} bad id {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{name}:{n} empty text")
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{name}: duplicate ids")
    return rows


def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: str(kv[0])):
        print(f"  {k:<32} {v}")


def main():
    priv = load("privacy.jsonl", "kz-p", {"id", "text", "identifiers"})
    tri = load("triage.jsonl", "kz-t", {"id", "text", "age_range", "gender", "department"})
    em = load("emergency.jsonl", "kz-e", {"id", "text", "emergency", "family", "kind"})

    # privacy
    types = collections.Counter()
    empty = 0
    for r in priv:
        idl = r["identifiers"]
        if not isinstance(idl, list):
            err(f"{r['id']} identifiers not a list")
            continue
        if not idl:
            empty += 1
        for x in idl:
            if not isinstance(x, dict) or set(x) != {"type", "text"}:
                err(f"{r['id']} bad identifier {x}")
                continue
            if x["type"] not in ID_TYPES:
                err(f"{r['id']} bad type {x['type']}")
            if not x["text"] or x["text"] not in r["text"]:
                err(f"{r['id']} span not in text: {x['text']}")
            types[x["type"]] += 1

    # triage
    for r in tri:
        if r["department"] not in DEPTS:
            err(f"{r['id']} bad department")
        if r["age_range"] not in AGES:
            err(f"{r['id']} bad age_range")
        if r["gender"] not in GENDERS:
            err(f"{r['id']} bad gender")
    dept = collections.Counter(r["department"] for r in tri)

    # emergency
    for r in em:
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']} emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']} bad family")
        if r["emergency"] and r["kind"] != "now":
            err(f"{r['id']} emergency with kind {r['kind']}")
        if not r["emergency"] and r["kind"] not in NEG_KINDS:
            err(f"{r['id']} non-emergency with kind {r['kind']}")
    pos = [r for r in em if r["emergency"]]
    neg = [r for r in em if not r["emergency"]]
    pos_fam = collections.Counter(r["family"] for r in pos)

    # duplicate texts within and across files
    seen = {}
    for name, rows in (("privacy", priv), ("triage", tri), ("emergency", em)):
        for r in rows:
            key = re.sub(r"\s+", "", r["text"])
            if key in seen:
                err(f"duplicate text {r['id']} / {seen[key]}")
            seen[key] = r["id"]

    # minimum counts
    if len(priv) < 170:
        err(f"privacy has {len(priv)} < 170")
    if not (0.28 <= empty / max(len(priv), 1) <= 0.40):
        err(f"privacy empty share {empty}/{len(priv)} not about a third")
    if len(tri) != 110 or any(dept[d] != 5 for d in DEPTS):
        err("triage must have exactly 5 per department (110)")
    if len(pos) < 60:
        err(f"emergencies {len(pos)} < 60")
    if len(neg) < 90:
        err(f"non-emergencies {len(neg)} < 90")
    for fam in FAMILIES:
        if pos_fam[fam] < 3:
            err(f"family {fam} has {pos_fam[fam]} emergencies < 3")

    print(f"privacy.jsonl   {len(priv)} items; {empty} with an empty list; {len(priv) - empty} with identifiers; "
          f"{sum(types.values())} identifier spans")
    table("identifier types", types)
    print(f"\ntriage.jsonl    {len(tri)} items")
    table("departments", dept)
    table("age_range", collections.Counter(r["age_range"] for r in tri))
    table("gender", collections.Counter(r["gender"] for r in tri))
    print(f"\nemergency.jsonl {len(em)} items; {len(pos)} emergency=true; {len(neg)} emergency=false")
    table("emergencies by family", pos_fam)
    table("non-emergencies by kind", collections.Counter(r["kind"] for r in neg))
    table("non-emergencies by family", collections.Counter(r["family"] for r in neg))

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
