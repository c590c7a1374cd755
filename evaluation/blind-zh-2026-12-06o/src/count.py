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
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "severe_burn", "choking"}
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}

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
            except Exception as e:  # noqa
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r.keys()) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r.keys())))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %s" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        err("%s: duplicate ids" % name)
    texts = [r.get("text") for r in rows]
    if len(texts) != len(set(texts)):
        err("%s: duplicate texts" % name)
    return rows


def table(title, counter, order=None):
    print("%s" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))


def main():
    p = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p-")
    t = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "qz-t-")
    e = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "qz-e-")
    all_texts = [r["text"] for r in p + t + e]
    if len(all_texts) != len(set(all_texts)):
        err("duplicate texts across files")

    type_counts = Counter()
    empty = 0
    for r in p:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        if not ids:
            empty += 1
        for it in ids:
            if set(it.keys()) != {"type", "text"}:
                err("%s identifier fields %s" % (r["id"], sorted(it.keys())))
            if it.get("type") not in ID_TYPES:
                err("%s bad type %s" % (r["id"], it.get("type")))
            if not it.get("text") or it["text"] not in r["text"]:
                err("%s span not in text: %r" % (r["id"], it.get("text")))
            type_counts[it.get("type")] += 1

    for r in t:
        if r["department"] not in DEPTS:
            err("%s bad department" % r["id"])
        if r["age_range"] not in AGES:
            err("%s bad age_range" % r["id"])
        if r["gender"] not in GENDERS:
            err("%s bad gender" % r["id"])

    for r in e:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family" % r["id"])
        if r["emergency"] and r["kind"] != "now":
            err("%s emergency but kind %s" % (r["id"], r["kind"]))
        if not r["emergency"] and r["kind"] not in NEG_KINDS:
            err("%s non-emergency with kind %s" % (r["id"], r["kind"]))

    print("privacy.jsonl: %d items (%d with an empty list, %d with identifiers)"
          % (len(p), empty, len(p) - empty))
    table("  identifier spans by type:", type_counts,
          ["name", "phone", "id_number", "address", "date_of_birth", "email", "handle"])
    print()
    print("triage.jsonl: %d items" % len(t))
    table("  by department:", Counter(r["department"] for r in t))
    table("  by age_range:", Counter(r["age_range"] for r in t),
          ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("  by gender:", Counter(r["gender"] for r in t), ["female", "male", "other", "undisclosed"])
    print()
    em = [r for r in e if r["emergency"]]
    ne = [r for r in e if not r["emergency"]]
    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(e), len(em), len(ne)))
    fam_em = Counter(r["family"] for r in em)
    fam_ne = Counter(r["family"] for r in ne)
    print("  %-28s %5s %5s" % ("family", "true", "false"))
    for f in sorted(FAMILIES):
        print("  %-28s %5d %5d" % (f, fam_em.get(f, 0), fam_ne.get(f, 0)))
    table("  non-emergency by kind:", Counter(r["kind"] for r in ne), sorted(NEG_KINDS))
    print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
