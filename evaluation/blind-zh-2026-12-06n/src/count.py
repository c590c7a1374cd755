#!/usr/bin/env python3
"""Validate the three JSONL files and print count tables (standard library only)."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "severe_burn", "choking"}
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as ex:  # noqa: BLE001
                err(f"{name}:{n} does not parse: {ex}")
                continue
            if set(r.keys()) != set(fields):
                err(f"{name}:{n} fields {sorted(r.keys())} != {sorted(fields)}")
            rid = r.get("id", "")
            if not isinstance(rid, str) or not rid.startswith(prefix):
                err(f"{name}:{n} bad id prefix {rid!r}")
            if rid in all_ids:
                err(f"{name}:{n} duplicate id {rid}")
            all_ids.add(rid)
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                err(f"{name}:{n} empty text")
            elif text in all_texts:
                err(f"{name}:{n} duplicate text")
            all_texts.add(text)
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")
    print(f"  {'TOTAL':<28} {sum(counter.values())}")


def main():
    p = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p-")
    for r in p:
        ids = r.get("identifiers")
        if not isinstance(ids, list):
            err(f"{r['id']} identifiers not a list")
            continue
        for it in ids:
            if not isinstance(it, dict) or set(it.keys()) != {"type", "text"}:
                err(f"{r['id']} bad identifier entry {it!r}")
                continue
            if it["type"] not in ID_TYPES:
                err(f"{r['id']} bad identifier type {it['type']!r}")
            if not it["text"] or it["text"] not in r["text"]:
                err(f"{r['id']} identifier {it['text']!r} not a substring of text")

    t = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "qz-t-")
    for r in t:
        if r["department"] not in DEPTS:
            err(f"{r['id']} bad department {r['department']!r}")
        if r["age_range"] not in AGES:
            err(f"{r['id']} bad age_range {r['age_range']!r}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']} bad gender {r['gender']!r}")

    e = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "qz-e-")
    for r in e:
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']} emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']} bad family {r['family']!r}")
        if r["emergency"] is True and r["kind"] != "now":
            err(f"{r['id']} emergency true but kind {r['kind']!r}")
        if r["emergency"] is False and r["kind"] not in NEG_KINDS:
            err(f"{r['id']} emergency false but kind {r['kind']!r}")

    # ---- tables ----
    print("== privacy.jsonl ==")
    print(f"  items                        {len(p)}")
    print(f"  items with empty list        {sum(1 for r in p if not r['identifiers'])}")
    print(f"  items with identifiers       {sum(1 for r in p if r['identifiers'])}")
    table("identifier spans by type", Counter(i["type"] for r in p for i in r["identifiers"]),
          ["name", "phone", "id_number", "address", "date_of_birth", "email", "handle"])

    print("\n== triage.jsonl ==")
    print(f"  items                        {len(t)}")
    table("by department", Counter(r["department"] for r in t), sorted(DEPTS))
    table("by age_range", Counter(r["age_range"] for r in t),
          ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("by gender", Counter(r["gender"] for r in t), ["female", "male", "other", "undisclosed"])

    print("\n== emergency.jsonl ==")
    print(f"  items                        {len(e)}")
    print(f"  emergency=true               {sum(1 for r in e if r['emergency'] is True)}")
    print(f"  emergency=false              {sum(1 for r in e if r['emergency'] is False)}")
    fams = sorted(FAMILIES)
    print("\nby family (true / false)")
    for f in fams:
        tt = sum(1 for r in e if r["family"] == f and r["emergency"] is True)
        ff = sum(1 for r in e if r["family"] == f and r["emergency"] is False)
        print(f"  {f:<28} {tt:>3} / {ff:>3}")
    table("false items by kind", Counter(r["kind"] for r in e if r["emergency"] is False),
          ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
           "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"])

    print()
    if errors:
        print(f"VALIDATION FAILED: {len(errors)} problem(s)")
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("VALIDATION OK: every line parses, exact fields, unique ids, labels in defined sets, "
          "identifier spans are exact substrings, no duplicate texts")


if __name__ == "__main__":
    main()
