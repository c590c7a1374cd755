#!/usr/bin/env python3
"""Validate the three JSONL files and print count tables. Standard library only."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
               "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
               "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
               "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+", "undisclosed"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
         "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive",
            "head_injury", "febrile_infant", "meningitis_signs", "severe_abdominal_pain",
            "pregnancy_bleeding_or_pain", "diabetic_emergency", "severe_burn", "choking"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if list(r.keys()) != fields:
                err("%s:%d fields %s" % (name, n, list(r.keys())))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err("%s duplicate id %s" % (name, i))
    return rows


def table(title, counter, order=None):
    print("\n%s" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))
    print("  %-28s %4d" % ("TOTAL", sum(counter.values())))


def main():
    p = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p-")
    t = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "qz-t-")
    e = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "qz-e-")

    # privacy
    type_counts = collections.Counter()
    items_per_type = collections.Counter()
    with_ids = 0
    for r in p:
        ids = r.get("identifiers")
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        if ids:
            with_ids += 1
        seen = set()
        for x in ids:
            if not isinstance(x, dict) or list(x.keys()) != ["type", "value"]:
                err("%s bad identifier %r" % (r["id"], x))
                continue
            if x["type"] not in ID_TYPES:
                err("%s bad identifier type %r" % (r["id"], x["type"]))
            if not x["value"] or x["value"] not in r["text"]:
                err("%s identifier %r not a substring" % (r["id"], x["value"]))
            if x["value"] in seen:
                err("%s identifier %r listed twice" % (r["id"], x["value"]))
            seen.add(x["value"])
            type_counts[x["type"]] += 1
        for ty in {x["type"] for x in ids if isinstance(x, dict)}:
            items_per_type[ty] += 1

    # triage
    dept = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in t:
        if r.get("department") not in DEPARTMENTS:
            err("%s bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s bad gender %r" % (r["id"], r.get("gender")))
        dept[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1

    # emergency
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_not = collections.Counter()
    for r in e:
        em, k, fa = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err("%s emergency not bool" % r["id"])
        if k not in KINDS:
            err("%s bad kind %r" % (r["id"], k))
        if fa not in FAMILIES:
            err("%s bad family %r" % (r["id"], fa))
        if (em is True) != (k == "now"):
            err("%s emergency/kind mismatch" % r["id"])
        kinds[k] += 1
        (fam_now if em else fam_not)[fa] += 1

    # duplicate texts (within and across files)
    texts = collections.Counter(r["text"] for r in p + t + e)
    for tx, c in texts.items():
        if c > 1:
            err("duplicate text: %r" % tx[:40])

    print("privacy.jsonl: %d items (%d with identifiers, %d trap-only)" % (len(p), with_ids, len(p) - with_ids))
    table("identifier spans by type", type_counts, sorted(ID_TYPES))
    table("items containing each type", items_per_type, sorted(ID_TYPES))
    print("\ntriage.jsonl: %d items" % len(t))
    table("department", dept, sorted(DEPARTMENTS))
    table("age_range", ages, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+", "undisclosed"])
    table("gender", gens, ["female", "male", "other", "undisclosed"])
    print("\nemergency.jsonl: %d items (%d emergency, %d non-emergency)" % (
        len(e), sum(fam_now.values()), sum(fam_not.values())))
    table("kind", kinds, ["now", "past_event", "examined_or_treated", "relative_history",
                          "hypothetical_or_general", "negated", "figure_of_speech",
                          "medicine_question", "chronic_stable", "mild_symptom"])
    table("family (emergency: true)", fam_now, sorted(FAMILIES))
    table("family (emergency: false)", fam_not, sorted(FAMILIES))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("\nvalidation: OK (all lines parse, exact fields, unique ids, labels valid, "
          "identifiers are exact substrings, no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
