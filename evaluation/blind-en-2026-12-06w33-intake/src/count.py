#!/usr/bin/env python3
"""Validate the JSONL files and print count tables."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
         "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")

    all_texts = collections.Counter()
    all_ids = collections.Counter()

    # privacy
    type_count = collections.Counter()
    with_ids = 0
    quasi_items = 0
    for r in priv:
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"privacy {r.get('id')}: fields {sorted(r)}")
        if not re.fullmatch(r"u-p\d{3}", r.get("id", "")):
            err(f"privacy bad id {r.get('id')}")
        all_ids[r["id"]] += 1
        all_texts[r["text"]] += 1
        seen = set()
        for ident in r["identifiers"]:
            if set(ident) != {"type", "text"}:
                err(f"{r['id']}: identifier fields {ident}")
            if ident["type"] not in ID_TYPES:
                err(f"{r['id']}: bad type {ident['type']}")
            if ident["text"] not in r["text"]:
                err(f"{r['id']}: identifier not substring: {ident['text']!r}")
            if ident["text"] in seen:
                err(f"{r['id']}: identifier listed twice: {ident['text']!r}")
            seen.add(ident["text"])
            type_count[ident["type"]] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in r["text"]:
                err(f"{r['id']}: quasi not substring: {q!r}")
        if r["identifiers"]:
            with_ids += 1
        elif r["quasi"]:
            err(f"{r['id']}: quasi on trap-only item")
        if r["quasi"]:
            quasi_items += 1

    # triage
    dept_count = collections.Counter()
    age_count = collections.Counter()
    gender_count = collections.Counter()
    for r in tri:
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"triage {r.get('id')}: fields {sorted(r)}")
        if not re.fullmatch(r"u-t\d{3}", r.get("id", "")):
            err(f"triage bad id {r.get('id')}")
        all_ids[r["id"]] += 1
        all_texts[r["text"]] += 1
        if r["department"] not in DEPTS:
            err(f"{r['id']}: bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']}: bad age {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']}: bad gender {r['gender']}")
        dept_count[r["department"]] += 1
        age_count[r["age_range"]] += 1
        gender_count[r["gender"]] += 1
    for d in DEPTS:
        if dept_count[d] < 4:
            err(f"triage: department {d} has {dept_count[d]} < 4")

    # emergency
    kind_count = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_true = n_false = 0
    for r in emg:
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"emergency {r.get('id')}: fields {sorted(r)}")
        if not re.fullmatch(r"u-e\d{3}", r.get("id", "")):
            err(f"emergency bad id {r.get('id')}")
        all_ids[r["id"]] += 1
        all_texts[r["text"]] += 1
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']}: emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']}: bad family {r['family']}")
        if r["emergency"]:
            n_true += 1
            if r["kind"] != "now":
                err(f"{r['id']}: emergency true but kind {r['kind']}")
            fam_now[r["family"]] += 1
        else:
            n_false += 1
            if r["kind"] not in KINDS:
                err(f"{r['id']}: bad kind {r['kind']}")
            kind_count[r["kind"]] += 1
            fam_non[r["family"]] += 1

    for t, c in all_texts.items():
        if c > 1:
            err(f"duplicate text: {t!r}")
    for i, c in all_ids.items():
        if c > 1:
            err(f"duplicate id: {i}")

    if len(priv) < 220:
        err(f"privacy has {len(priv)} < 220 items")
    if len(tri) < 88:
        err(f"triage has {len(tri)} < 88 items")
    if n_true < 110:
        err(f"only {n_true} emergencies")
    if n_false < 160:
        err(f"only {n_false} non-emergencies")

    print(f"privacy items: {len(priv)} (with identifiers {with_ids}, trap-only {len(priv) - with_ids}, "
          f"with quasi {quasi_items})")
    table("identifier types:", type_count,
          ["name", "id_number", "phone", "date_of_birth", "address", "email", "handle",
           "licence_plate", "url"])
    print(f"\ntriage items: {len(tri)}")
    table("departments:", dept_count)
    table("age ranges:", age_count, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59",
                                     "60~69", "70~79", "80+"])
    table("genders:", gender_count, ["female", "male", "other", "undisclosed"])
    print(f"\nemergency items: {len(emg)} (emergencies {n_true} / non-emergencies {n_false})")
    table("non-emergency kinds:", kind_count)
    table("emergency families (now):", fam_now, sorted(FAMILIES))
    table("non-emergency families:", fam_non, sorted(FAMILIES))

    if errors:
        print(f"\nERRORS ({len(errors)}):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")
    print(f"SUMMARY privacy={len(priv)} triage={len(tri)} emergency={n_true}/{n_false}")


if __name__ == "__main__":
    main()
