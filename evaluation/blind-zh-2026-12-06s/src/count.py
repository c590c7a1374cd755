# -*- coding: utf-8 -*-
"""Validate the three JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "severe_burn", "choking"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, prefix, fields):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s line %d does not parse: %s" % (name, n, e))
                continue
            if set(r.keys()) != fields:
                err("%s line %d fields %s" % (name, n, sorted(r.keys())))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s line %d bad id %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s line %d empty text" % (name, n))
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    P = load("privacy.jsonl", "qz-p-", {"id", "text", "identifiers"})
    T = load("triage.jsonl", "qz-t-", {"id", "text", "department", "age_range", "gender"})
    E = load("emergency.jsonl", "qz-e-", {"id", "text", "emergency", "kind", "family"})

    all_rows = P + T + E
    ids = Counter(r["id"] for r in all_rows)
    for k, v in ids.items():
        if v > 1:
            err("duplicate id %s" % k)
    texts = Counter(r["text"] for r in all_rows)
    for k, v in texts.items():
        if v > 1:
            err("duplicate text: %s" % k[:30])

    # privacy
    type_counts = Counter()
    with_ids = 0
    for r in P:
        idents = r["identifiers"]
        if not isinstance(idents, list):
            err("%s identifiers not a list" % r["id"])
            continue
        seen = set()
        for x in idents:
            if not isinstance(x, dict) or set(x.keys()) != {"type", "text"}:
                err("%s bad identifier object %r" % (r["id"], x))
                continue
            if x["type"] not in ID_TYPES:
                err("%s bad identifier type %r" % (r["id"], x["type"]))
            if x["text"] not in r["text"]:
                err("%s identifier not a substring: %r" % (r["id"], x["text"]))
            key = (x["type"], x["text"])
            if key in seen:
                err("%s identifier listed twice: %r" % (r["id"], x["text"]))
            seen.add(key)
            type_counts[x["type"]] += 1
        if idents:
            with_ids += 1

    # triage
    for r in T:
        if r["department"] not in DEPTS:
            err("%s bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (r["id"], r["gender"]))

    # emergency
    for r in E:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind %r" % (r["id"], r["kind"]))
        if r["family"] not in FAMILIES:
            err("%s bad family %r" % (r["id"], r["family"]))
        if (r["kind"] == "now") != (r["emergency"] is True):
            err("%s emergency/kind mismatch" % r["id"])

    print("privacy.jsonl: %d items (%d with identifiers, %d without)" % (len(P), with_ids, len(P) - with_ids))
    table("identifier spans by type", type_counts, ["name", "phone", "id_number", "address", "date_of_birth",
                                                   "email", "handle"])
    print("  total identifier spans: %d" % sum(type_counts.values()))
    print()
    print("triage.jsonl: %d items" % len(T))
    table("by department", Counter(r["department"] for r in T), sorted(DEPTS))
    table("by age_range", Counter(r["age_range"] for r in T),
          ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("by gender", Counter(r["gender"] for r in T), ["female", "male", "other", "undisclosed"])
    print()
    now = [r for r in E if r["emergency"]]
    neg = [r for r in E if not r["emergency"]]
    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(E), len(now), len(neg)))
    table("emergencies by family", Counter(r["family"] for r in now), sorted(FAMILIES))
    table("non-emergencies by kind", Counter(r["kind"] for r in neg), sorted(KINDS - {"now"}))
    table("non-emergencies by family", Counter(r["family"] for r in neg), sorted(FAMILIES))
    print()
    if errors:
        print("VALIDATION FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("validation: OK (all lines parse, exact fields, unique ids, labels in defined sets, "
          "identifier spans are exact substrings, no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
