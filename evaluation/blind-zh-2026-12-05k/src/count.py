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
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "severe_burn", "choking"}
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r.keys()) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r.keys())))
            if not isinstance(r.get("id"), str) or not r["id"].startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r.get("id")))
            if r.get("id") in all_ids:
                err("%s:%d duplicate id %s" % (name, n, r.get("id")))
            all_ids.add(r.get("id"))
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err("%s:%d empty text" % (name, n))
            if t in all_texts:
                err("%s:%d duplicate text" % (name, n))
            all_texts.add(t)
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    w = max([len(str(k)) for k in keys] + [5])
    for k in keys:
        print("  %-*s %4d" % (w, k, counter.get(k, 0)))
    print("  %-*s %4d" % (w, "TOTAL", sum(counter.values())))


def main():
    pr = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p-")
    tr = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "qz-t-")
    em = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "qz-e-")

    # privacy
    types = Counter()
    items_with = Counter()
    empty = 0
    for r in pr:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        if not ids:
            empty += 1
        seen = set()
        for x in ids:
            if not isinstance(x, dict) or set(x.keys()) != {"type", "text"}:
                err("%s bad identifier %r" % (r["id"], x))
                continue
            if x["type"] not in ID_TYPES:
                err("%s bad type %s" % (r["id"], x["type"]))
            if not x["text"] or x["text"] not in r["text"]:
                err("%s span not in text: %r" % (r["id"], x["text"]))
            if (x["type"], x["text"]) in seen:
                err("%s duplicate span %r" % (r["id"], x["text"]))
            seen.add((x["type"], x["text"]))
            types[x["type"]] += 1
        for t in set(x["type"] for x in ids if isinstance(x, dict)):
            items_with[t] += 1

    # triage
    dept = Counter()
    age = Counter()
    gen = Counter()
    for r in tr:
        if r["department"] not in DEPTS:
            err("%s bad department" % r["id"])
        if r["age_range"] not in AGES:
            err("%s bad age" % r["id"])
        if r["gender"] not in GENDERS:
            err("%s bad gender" % r["id"])
        dept[r["department"]] += 1
        age[r["age_range"]] += 1
        gen[r["gender"]] += 1

    # emergency
    fam_true = Counter()
    fam_false = Counter()
    kinds = Counter()
    for r in em:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family" % r["id"])
        if r["emergency"] is True and r["kind"] != "now":
            err("%s true item kind must be now" % r["id"])
        if r["emergency"] is False and r["kind"] not in NEG_KINDS:
            err("%s bad negative kind" % r["id"])
        (fam_true if r["emergency"] else fam_false)[r["family"]] += 1
        kinds[r["kind"]] += 1

    print("privacy.jsonl: %d items, %d with an empty list, %d with identifiers" % (len(pr), empty, len(pr) - empty))
    table("identifier spans by type", types, sorted(ID_TYPES))
    table("items containing each type", items_with, sorted(ID_TYPES))
    print("\ntriage.jsonl: %d items" % len(tr))
    table("department", dept, sorted(DEPTS))
    table("age_range", age, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender", gen, sorted(GENDERS))
    print("\nemergency.jsonl: %d items, %d emergency=true, %d emergency=false"
          % (len(em), sum(fam_true.values()), sum(fam_false.values())))
    print("\nfamily                        true  false")
    for f in sorted(FAMILIES):
        print("  %-27s %4d  %5d" % (f, fam_true.get(f, 0), fam_false.get(f, 0)))
    table("kind", kinds, ["now"] + sorted(NEG_KINDS))

    print()
    if errors:
        print("VALIDATION FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
