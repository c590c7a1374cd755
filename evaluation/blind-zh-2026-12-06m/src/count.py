# -*- coding: utf-8 -*-
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
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+", "undisclosed"}
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
            if set(r) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %s" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err("%s duplicate id %s" % (name, i))
    texts = [r.get("text") for r in rows]
    for t, c in collections.Counter(texts).items():
        if c > 1:
            err("%s duplicate text %r" % (name, t[:30]))
    return rows


def table(title, counter, order=None):
    print("\n%s" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-32s %4d" % (k, counter.get(k, 0)))
    print("  %-32s %4d" % ("TOTAL", sum(counter.values())))


def main():
    p = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p")
    t = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "qz-t")
    e = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "qz-e")

    # privacy
    per_type = collections.Counter()
    items_with_type = collections.Counter()
    empty = 0
    for r in p:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        if not ids:
            empty += 1
        seen = set()
        for x in ids:
            if not isinstance(x, dict) or set(x) != {"type", "text"}:
                err("%s bad identifier %r" % (r["id"], x))
                continue
            if x["type"] not in ID_TYPES:
                err("%s bad type %s" % (r["id"], x["type"]))
            if not x["text"] or x["text"] not in r["text"]:
                err("%s span not in text: %r" % (r["id"], x["text"]))
            if (x["type"], x["text"]) in seen:
                err("%s duplicate span %r" % (r["id"], x["text"]))
            seen.add((x["type"], x["text"]))
            per_type[x["type"]] += 1
        for ty in {x["type"] for x in ids if isinstance(x, dict) and "type" in x}:
            items_with_type[ty] += 1
    print("privacy.jsonl: %d items, %d with empty list (%.0f%%), %d with identifiers"
          % (len(p), empty, 100.0 * empty / max(1, len(p)), len(p) - empty))
    table("privacy spans per type", per_type)
    table("privacy items containing type", items_with_type)

    # triage
    dep = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in t:
        if r["department"] not in DEPTS:
            err("%s bad department %s" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age %s" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %s" % (r["id"], r["gender"]))
        dep[r["department"]] += 1
        ages[r["age_range"]] += 1
        gens[r["gender"]] += 1
    print("\ntriage.jsonl: %d items" % len(t))
    table("triage per department", dep, sorted(DEPTS))
    table("triage per age_range", ages, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69",
                                          "70~79", "80+", "undisclosed"])
    table("triage per gender", gens, ["female", "male", "other", "undisclosed"])

    # emergency
    fam_true = collections.Counter()
    fam_false = collections.Counter()
    kinds = collections.Counter()
    for r in e:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family %s" % (r["id"], r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("%s true item kind %s" % (r["id"], r["kind"]))
            fam_true[r["family"]] += 1
        else:
            if r["kind"] not in NEG_KINDS:
                err("%s bad negative kind %s" % (r["id"], r["kind"]))
            fam_false[r["family"]] += 1
        kinds[r["kind"]] += 1
    n_true = sum(fam_true.values())
    print("\nemergency.jsonl: %d items, %d emergency=true, %d emergency=false"
          % (len(e), n_true, len(e) - n_true))
    print("\nemergency per family              true false")
    for f in sorted(FAMILIES):
        print("  %-32s %4d %5d" % (f, fam_true.get(f, 0), fam_false.get(f, 0)))
    print("  %-32s %4d %5d" % ("TOTAL", n_true, sum(fam_false.values())))
    table("emergency per kind", kinds, ["now"] + sorted(NEG_KINDS))

    print()
    if errors:
        print("VALIDATION FAILED (%d problems)" % len(errors))
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
