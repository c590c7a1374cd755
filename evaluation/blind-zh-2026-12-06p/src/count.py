#!/usr/bin/env python3
"""Validate the three JSONL files and print count tables."""
import collections
import json
import os
import sys

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
            except Exception as e:
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r.keys()) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r.keys())))
                continue
            if not r["id"].startswith(prefix) or len(r["id"]) != len(prefix) + 4 or not r["id"][-4:].isdigit():
                err("%s:%d bad id %s" % (name, n, r["id"]))
            if r["id"] in all_ids:
                err("duplicate id %s" % r["id"])
            all_ids.add(r["id"])
            if not isinstance(r["text"], str) or not r["text"].strip():
                err("%s empty text" % r["id"])
            if r["text"] in all_texts:
                err("duplicate text %s" % r["id"])
            all_texts.add(r["text"])
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))


def main():
    p = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "qz-p-")
    t = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "qz-t-")
    e = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "qz-e-")

    # privacy
    type_counts = collections.Counter()
    items_with_type = collections.Counter()
    n_with, n_without = 0, 0
    for r in p:
        seen = set()
        for ident in r["identifiers"]:
            if set(ident.keys()) != {"type", "text"}:
                err("%s identifier fields" % r["id"])
                continue
            if ident["type"] not in ID_TYPES:
                err("%s bad identifier type %s" % (r["id"], ident["type"]))
            if ident["text"] not in r["text"]:
                err("%s identifier not substring: %s" % (r["id"], ident["text"]))
            key = (ident["type"], ident["text"])
            if key in seen or ident["text"] in {s for _, s in seen}:
                err("%s identifier listed twice: %s" % (r["id"], ident["text"]))
            seen.add(key)
            type_counts[ident["type"]] += 1
        for ty in {i["type"] for i in r["identifiers"]}:
            items_with_type[ty] += 1
        if not isinstance(r["quasi"], list):
            err("%s quasi not list" % r["id"])
        for q in r["quasi"]:
            if q not in r["text"]:
                err("%s quasi not substring: %s" % (r["id"], q))
        if len(set(r["quasi"])) != len(r["quasi"]):
            err("%s quasi listed twice" % r["id"])
        if r["identifiers"]:
            n_with += 1
        else:
            n_without += 1
            if not r["quasi"]:
                err("%s has no identifier and no trap" % r["id"])

    # triage
    dept = collections.Counter()
    ages = collections.Counter()
    genders = collections.Counter()
    for r in t:
        if r["department"] not in DEPTS:
            err("%s bad department" % r["id"])
        if r["age_range"] not in AGES:
            err("%s bad age_range" % r["id"])
        if r["gender"] not in GENDERS:
            err("%s bad gender" % r["id"])
        dept[r["department"]] += 1
        ages[r["age_range"]] += 1
        genders[r["gender"]] += 1

    # emergency
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_not = collections.Counter()
    for r in e:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family" % r["id"])
        if r["emergency"] != (r["kind"] == "now"):
            err("%s emergency/kind mismatch" % r["id"])
        kinds[r["kind"]] += 1
        if r["emergency"]:
            fam_now[r["family"]] += 1
        else:
            fam_not[r["family"]] += 1

    print("privacy.jsonl: %d items (%d with identifiers, %d with none / traps only)" % (len(p), n_with, n_without))
    table("identifier spans by type:", type_counts, sorted(ID_TYPES))
    table("items containing each type:", items_with_type, sorted(ID_TYPES))
    print()
    print("triage.jsonl: %d items" % len(t))
    table("department:", dept, sorted(DEPTS))
    table("age_range:", ages, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender:", genders, ["female", "male", "other", "undisclosed"])
    print()
    n_now = sum(1 for r in e if r["emergency"])
    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(e), n_now, len(e) - n_now))
    table("kind:", kinds, ["now", "past_event", "examined_or_treated", "relative_history",
                           "hypothetical_or_general", "negated", "figure_of_speech", "medicine_question",
                           "chronic_stable", "mild_symptom"])
    print("family (emergency / non-emergency):")
    for f in sorted(FAMILIES):
        print("  %-28s %4d %4d" % (f, fam_now.get(f, 0), fam_not.get(f, 0)))
    print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("validation: OK (all lines parse, exact fields, unique ids, labels in defined sets, "
          "identifier/quasi strings are exact substrings, no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
