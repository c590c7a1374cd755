#!/usr/bin/env python3
"""Validate the three JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
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
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"}

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
            except Exception as e:  # noqa
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for k, v in Counter(ids).items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    for k, v in Counter(r.get("text") for r in rows).items():
        if v > 1:
            err("%s duplicate text %r" % (name, k[:60]))
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    P = load("privacy.jsonl", "q-p", {"id", "text", "identifiers", "quasi"})
    T = load("triage.jsonl", "q-t", {"id", "text", "department", "age_range", "gender"})
    E = load("emergency.jsonl", "q-e", {"id", "text", "emergency", "kind", "family"})

    all_texts = [r["text"] for r in P + T + E]
    for k, v in Counter(all_texts).items():
        if v > 1:
            err("duplicate text across files %r" % k[:60])

    # privacy
    type_items = Counter()
    type_spans = Counter()
    with_id = no_id = with_quasi = quasi_spans = 0
    for r in P:
        ids = r["identifiers"]
        if not isinstance(ids, list) or not isinstance(r["quasi"], list):
            err("%s identifiers/quasi not lists" % r["id"])
            continue
        seen = set()
        for d in ids:
            if set(d) != {"type", "text"}:
                err("%s identifier fields %s" % (r["id"], sorted(d)))
                continue
            if d["type"] not in ID_TYPES:
                err("%s bad type %s" % (r["id"], d["type"]))
            if d["text"] not in r["text"]:
                err("%s identifier not substring: %r" % (r["id"], d["text"]))
            if d["text"] in seen:
                err("%s identifier listed twice: %r" % (r["id"], d["text"]))
            seen.add(d["text"])
            type_spans[d["type"]] += 1
        for t in {d["type"] for d in ids}:
            type_items[t] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in r["text"]:
                err("%s quasi not substring: %r" % (r["id"], q))
        if len(set(r["quasi"])) != len(r["quasi"]):
            err("%s quasi listed twice" % r["id"])
        if ids:
            with_id += 1
        else:
            no_id += 1
        if r["quasi"]:
            with_quasi += 1
            quasi_spans += len(r["quasi"])

    # triage
    dept = Counter()
    age = Counter()
    gen = Counter()
    for r in T:
        if r["department"] not in DEPTS:
            err("%s bad department %s" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %s" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %s" % (r["id"], r["gender"]))
        dept[r["department"]] += 1
        age[r["age_range"]] += 1
        gen[r["gender"]] += 1

    # emergency
    kinds = Counter()
    fam_now = Counter()
    fam_not = Counter()
    n_true = n_false = 0
    for r in E:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind %s" % (r["id"], r["kind"]))
        if r["family"] not in FAMILIES:
            err("%s bad family %s" % (r["id"], r["family"]))
        if (r["kind"] == "now") != (r["emergency"] is True):
            err("%s emergency/kind mismatch" % r["id"])
        kinds[r["kind"]] += 1
        if r["emergency"]:
            n_true += 1
            fam_now[r["family"]] += 1
        else:
            n_false += 1
            fam_not[r["family"]] += 1

    print("privacy.jsonl: %d items" % len(P))
    print("  with >=1 identifier: %d" % with_id)
    print("  no identifier (traps only): %d" % no_id)
    print("  with quasi flags: %d items, %d quasi strings" % (with_quasi, quasi_spans))
    print("  identifier type      items  spans")
    for t in ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]:
        print("    %-18s %5d  %5d" % (t, type_items[t], type_spans[t]))
    print()
    print("triage.jsonl: %d items" % len(T))
    table("department", dept, sorted(DEPTS))
    table("age_range", age, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender", gen, ["female", "male", "other", "undisclosed"])
    print()
    print("emergency.jsonl: %d items (emergency=true %d, false %d)" % (len(E), n_true, n_false))
    table("kind", kinds, ["now", "past_event", "examined_or_treated", "relative_history",
                          "hypothetical_or_general", "negated", "figure_of_speech", "medicine_question",
                          "chronic_stable", "mild_symptom"])
    print("  family                       now  not-now")
    for f in sorted(FAMILIES):
        print("    %-26s %4d  %4d" % (f, fam_now[f], fam_not[f]))
    print()
    if errors:
        print("VALIDATION FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
