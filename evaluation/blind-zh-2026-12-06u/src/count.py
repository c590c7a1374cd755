# -*- coding: utf-8 -*-
"""Validate the three JSONL files and print count tables. Standard library only."""
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


def load(name, fields, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                errors.append("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != fields:
                errors.append("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                errors.append("%s:%d bad id prefix %r" % (name, n, r.get("id")))
            if r.get("id") in all_ids:
                errors.append("%s:%d duplicate id %r" % (name, n, r.get("id")))
            all_ids.add(r.get("id"))
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                errors.append("%s:%d empty text" % (name, n))
            elif t in all_texts:
                errors.append("%s:%d duplicate text" % (name, n))
            all_texts.add(t)
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    priv = load("privacy.jsonl", {"id", "text", "identifiers"}, "qz-p-")
    tri = load("triage.jsonl", {"id", "text", "department", "age_range", "gender"}, "qz-t-")
    emg = load("emergency.jsonl", {"id", "text", "emergency", "kind", "family"}, "qz-e-")

    # privacy
    type_items = collections.Counter()
    type_spans = collections.Counter()
    with_id = 0
    for r in priv:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            errors.append("%s identifiers not a list" % r["id"])
            continue
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                errors.append("%s bad identifier object %r" % (r["id"], d))
                continue
            if d["type"] not in ID_TYPES:
                errors.append("%s bad identifier type %r" % (r["id"], d["type"]))
            if d["text"] not in r["text"]:
                errors.append("%s identifier %r not a substring" % (r["id"], d["text"]))
            key = (d["type"], d["text"])
            if key in seen or d["text"] in {s for _, s in seen}:
                errors.append("%s identifier %r listed twice" % (r["id"], d["text"]))
            seen.add(key)
            type_spans[d["type"]] += 1
        for ty in {d["type"] for d in ids if isinstance(d, dict) and "type" in d}:
            type_items[ty] += 1
        if ids:
            with_id += 1

    # triage
    dept = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in tri:
        if r["department"] not in DEPTS:
            errors.append("%s bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            errors.append("%s bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            errors.append("%s bad gender %r" % (r["id"], r["gender"]))
        dept[r["department"]] += 1
        ages[r["age_range"]] += 1
        gens[r["gender"]] += 1

    # emergency
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_not = collections.Counter()
    n_true = 0
    for r in emg:
        if not isinstance(r["emergency"], bool):
            errors.append("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            errors.append("%s bad kind %r" % (r["id"], r["kind"]))
        if r["family"] not in FAMILIES:
            errors.append("%s bad family %r" % (r["id"], r["family"]))
        if (r["emergency"] is True) != (r["kind"] == "now"):
            errors.append("%s emergency/kind mismatch" % r["id"])
        kinds[r["kind"]] += 1
        if r["emergency"]:
            n_true += 1
            fam_now[r["family"]] += 1
        else:
            fam_not[r["family"]] += 1

    print("privacy.jsonl: %d items (%d with identifiers, %d trap-only)" % (len(priv), with_id, len(priv) - with_id))
    table("identifier spans by type", type_spans, sorted(ID_TYPES))
    table("items containing type", type_items, sorted(ID_TYPES))
    print("triage.jsonl: %d items" % len(tri))
    table("department", dept, sorted(DEPTS))
    table("age_range", ages, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender", gens, sorted(GENDERS))
    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(emg), n_true, len(emg) - n_true))
    table("kind", kinds, ["now"] + sorted(KINDS - {"now"}))
    table("family (emergency=true)", fam_now, sorted(FAMILIES))
    table("family (emergency=false)", fam_not, sorted(FAMILIES))

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation: OK (all lines parse, exact fields, unique ids, labels in sets, spans are substrings, "
          "no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
