#!/usr/bin/env python3
"""Validate the three JSONL files and print count tables. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics",
               "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "severe_burn", "choking"]

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
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if list(r.keys()) != fields:
                err("%s:%d fields %s != %s" % (name, n, list(r.keys()), fields))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    privacy = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p-")
    triage = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "qz-t-")
    emergency = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "qz-e-")

    all_texts = Counter(r["text"] for r in privacy + triage + emergency)
    for t, v in all_texts.items():
        if v > 1:
            err("duplicate text: %r" % t[:30])

    # privacy
    type_items = Counter()
    type_spans = Counter()
    with_ids = 0
    for r in privacy:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        seen = set()
        for o in ids:
            if not isinstance(o, dict) or list(o.keys()) != ["type", "text"]:
                err("%s bad identifier object %r" % (r["id"], o))
                continue
            if o["type"] not in ID_TYPES:
                err("%s bad identifier type %r" % (r["id"], o["type"]))
            if o["text"] not in r["text"]:
                err("%s identifier %r not a substring" % (r["id"], o["text"]))
            key = (o["type"], o["text"])
            if key in seen or o["text"] in {s for _, s in seen}:
                err("%s identifier listed twice %r" % (r["id"], o["text"]))
            seen.add(key)
            type_spans[o["type"]] += 1
        for t in {o["type"] for o in ids if isinstance(o, dict)}:
            type_items[t] += 1
        if ids:
            with_ids += 1

    # triage
    dept = Counter()
    age = Counter()
    gender = Counter()
    for r in triage:
        if r["department"] not in DEPARTMENTS:
            err("%s bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (r["id"], r["gender"]))
        dept[r["department"]] += 1
        age[r["age_range"]] += 1
        gender[r["gender"]] += 1

    # emergency
    kind = Counter()
    fam_now = Counter()
    fam_not = Counter()
    em = Counter()
    for r in emergency:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind %r" % (r["id"], r["kind"]))
        if r["family"] not in FAMILIES:
            err("%s bad family %r" % (r["id"], r["family"]))
        if (r["kind"] == "now") != (r["emergency"] is True):
            err("%s kind/emergency mismatch" % r["id"])
        kind[r["kind"]] += 1
        em[r["emergency"]] += 1
        (fam_now if r["emergency"] else fam_not)[r["family"]] += 1

    print("privacy.jsonl: %d items (%d with identifiers, %d traps only)"
          % (len(privacy), with_ids, len(privacy) - with_ids))
    print("  %-28s %6s %6s" % ("type", "items", "spans"))
    for t in ["name", "phone", "id_number", "address", "date_of_birth", "email", "handle"]:
        print("    %-26s %6d %6d" % (t, type_items[t], type_spans[t]))
    print()
    print("triage.jsonl: %d items" % len(triage))
    table("department", dept, DEPARTMENTS)
    table("age_range", age, AGES)
    table("gender", gender, GENDERS)
    print()
    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(emergency), em[True], em[False]))
    table("kind", kind, KINDS)
    print("  %-28s %6s %6s" % ("family", "now", "not"))
    for f in FAMILIES:
        print("    %-26s %6d %6d" % (f, fam_now[f], fam_not[f]))
    print()
    if errors:
        print("VALIDATION FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
