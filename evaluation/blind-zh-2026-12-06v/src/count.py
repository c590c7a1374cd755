# -*- coding: utf-8 -*-
"""Validate the three JSONL files and print count tables."""
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
KINDS = {"now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
         "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "severe_burn", "choking"}

errors = []
all_texts = Counter()


def load(name, prefix, fields):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != set(fields):
                errors.append("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                errors.append("%s:%d bad id %s" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                errors.append("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1:
            errors.append("%s duplicate id %s" % (name, k))
    for r in rows:
        all_texts[r.get("text")] += 1
    return rows


def table(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-28s %4d" % (k, v))


def main():
    p = load("privacy.jsonl", "qz-p-", ["id", "text", "identifiers"])
    t = load("triage.jsonl", "qz-t-", ["id", "text", "department", "age_range", "gender"])
    e = load("emergency.jsonl", "qz-e-", ["id", "text", "emergency", "kind", "family"])

    # privacy
    type_counts = Counter()
    with_ids = 0
    for r in p:
        ids = r.get("identifiers")
        if not isinstance(ids, list):
            errors.append("%s identifiers not a list" % r.get("id"))
            continue
        if ids:
            with_ids += 1
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                errors.append("%s bad identifier %r" % (r["id"], d))
                continue
            if d["type"] not in ID_TYPES:
                errors.append("%s bad identifier type %s" % (r["id"], d["type"]))
            if d["text"] not in r["text"]:
                errors.append("%s identifier not in text: %s" % (r["id"], d["text"]))
            key = (d["type"], d["text"])
            if key in seen:
                errors.append("%s identifier listed twice: %s" % (r["id"], d["text"]))
            seen.add(key)
            type_counts[d["type"]] += 1

    # triage
    for r in t:
        if r.get("department") not in DEPTS:
            errors.append("%s bad department %s" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            errors.append("%s bad age_range %s" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            errors.append("%s bad gender %s" % (r["id"], r.get("gender")))

    # emergency
    for r in e:
        if not isinstance(r.get("emergency"), bool):
            errors.append("%s emergency not bool" % r["id"])
        if r.get("kind") not in KINDS:
            errors.append("%s bad kind %s" % (r["id"], r.get("kind")))
        if r.get("family") not in FAMILIES:
            errors.append("%s bad family %s" % (r["id"], r.get("family")))
        if (r.get("kind") == "now") != (r.get("emergency") is True):
            errors.append("%s kind/emergency mismatch" % r["id"])

    for txt, n in all_texts.items():
        if n > 1:
            errors.append("duplicate text: %s" % txt[:30])

    print("privacy.jsonl: %d items (%d with identifiers, %d traps only)" % (len(p), with_ids, len(p) - with_ids))
    table("identifier spans by type", type_counts)
    print("triage.jsonl: %d items" % len(t))
    table("department", Counter(r["department"] for r in t))
    table("age_range", Counter(r["age_range"] for r in t))
    table("gender", Counter(r["gender"] for r in t))
    now = [r for r in e if r["emergency"] is True]
    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(e), len(now), len(e) - len(now)))
    table("family of emergencies (kind now)", Counter(r["family"] for r in now))
    table("kind of non-emergencies", Counter(r["kind"] for r in e if r["emergency"] is False))
    table("family of non-emergencies", Counter(r["family"] for r in e if r["emergency"] is False))

    if errors:
        print("ERRORS (%d):" % len(errors))
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("validation: OK (all lines parse, exact fields, unique ids, labels in sets, spans are substrings, no duplicate identifiers, no duplicate texts)")


if __name__ == "__main__":
    main()
