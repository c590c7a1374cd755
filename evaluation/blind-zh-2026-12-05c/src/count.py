"""Validate the three JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive",
            "head_injury", "febrile_infant", "meningitis_signs", "severe_abdominal_pain",
            "pregnancy_bleeding_or_pain", "diabetic_emergency", "severe_burn", "choking"}
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, prefix, fields):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as ex:  # noqa
                err(f"{name}:{n} does not parse: {ex}")
                continue
            if set(r) != set(fields):
                err(f"{name}:{n} fields {sorted(r)} != {sorted(fields)}")
            if not str(r.get("id", "")).startswith(prefix):
                err(f"{name}:{n} bad id prefix {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{name}:{n} empty text")
            rows.append(r)
    return rows


def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: str(kv[0])):
        print(f"  {str(k):<32} {v}")


def main():
    em = load("emergency.jsonl", "hz-e", ["id", "text", "emergency", "family", "kind"])
    tr = load("triage.jsonl", "hz-t", ["id", "text", "age_range", "gender", "department"])
    pr = load("privacy.jsonl", "hz-p", ["id", "text", "identifiers"])

    ids = Counter(r["id"] for r in em + tr + pr)
    for k, v in ids.items():
        if v > 1:
            err(f"duplicate id {k}")
    texts = Counter(r["text"].strip() for r in em + tr + pr)
    for k, v in texts.items():
        if v > 1:
            err(f"duplicate text: {k}")

    for r in em:
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']} emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']} bad family {r['family']}")
        if r["emergency"] and r["kind"] != "now":
            err(f"{r['id']} emergency with kind {r['kind']}")
        if not r["emergency"] and r["kind"] not in NEG_KINDS:
            err(f"{r['id']} non-emergency with kind {r['kind']}")
    for r in tr:
        if r["department"] not in DEPTS:
            err(f"{r['id']} bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']} bad age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']} bad gender {r['gender']}")
    for r in pr:
        if not isinstance(r["identifiers"], list):
            err(f"{r['id']} identifiers not a list")
            continue
        for ident in r["identifiers"]:
            if set(ident) != {"type", "text"}:
                err(f"{r['id']} identifier fields {sorted(ident)}")
                continue
            if ident["type"] not in ID_TYPES:
                err(f"{r['id']} bad identifier type {ident['type']}")
            if not ident["text"] or ident["text"] not in r["text"]:
                err(f"{r['id']} identifier not an exact substring: {ident['text']!r}")

    # brief minimums
    n_em = sum(r["emergency"] for r in em)
    n_neg = len(em) - n_em
    if n_em < 90:
        err(f"only {n_em} emergencies (<90)")
    if n_neg < 120:
        err(f"only {n_neg} non-emergencies (<120)")
    fam_em = Counter(r["family"] for r in em if r["emergency"])
    for f in FAMILIES:
        if fam_em[f] < 4:
            err(f"family {f} has {fam_em[f]} emergencies (<4)")
    neg_kinds = Counter(r["kind"] for r in em if not r["emergency"])
    for k in NEG_KINDS:
        if neg_kinds[k] == 0:
            err(f"kind {k} not covered")
    dept = Counter(r["department"] for r in tr)
    for d in DEPTS:
        if dept[d] != 4:
            err(f"department {d} has {dept[d]} items (!=4)")
    if len(pr) < 130:
        err(f"only {len(pr)} privacy items (<130)")

    print(f"emergency.jsonl: {len(em)} items ({n_em} emergency, {n_neg} non-emergency)")
    table("emergencies per family", fam_em)
    table("non-emergencies per family", Counter(r["family"] for r in em if not r["emergency"]))
    table("non-emergencies per kind", neg_kinds)
    print(f"\ntriage.jsonl: {len(tr)} items")
    table("per department", dept)
    table("per age_range", Counter(r["age_range"] for r in tr))
    table("per gender", Counter(r["gender"] for r in tr))
    n_empty = sum(1 for r in pr if not r["identifiers"])
    print(f"\nprivacy.jsonl: {len(pr)} items ({n_empty} with empty list, {len(pr) - n_empty} with identifiers)")
    table("identifier spans per type", Counter(i["type"] for r in pr for i in r["identifiers"]))

    if errors:
        print(f"\nVALIDATION FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation OK")


if __name__ == "__main__":
    main()
