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
KINDS_NOT = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "severe_burn", "choking"}

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
            if list(r.keys()) != fields:
                err("%s:%d fields %s" % (name, n, list(r.keys())))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id %s" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    texts = Counter(r.get("text") for r in rows)
    for k, v in texts.items():
        if v > 1:
            err("%s duplicate text %r" % (name, k[:40]))
    return rows


def table(title, counter):
    print("  " + title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-28s %4d" % (k, v))


def main():
    priv = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p-")
    tri = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "qz-t-")
    emg = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "qz-e-")

    all_texts = Counter(r["text"] for r in priv + tri + emg)
    for k, v in all_texts.items():
        if v > 1:
            err("text repeated across files %r" % k[:40])

    types = Counter()
    items_per_type = Counter()
    with_ids = 0
    for r in priv:
        idl = r["identifiers"]
        if not isinstance(idl, list):
            err("%s identifiers not a list" % r["id"])
            continue
        if idl:
            with_ids += 1
        seen = set()
        for ident in idl:
            if not isinstance(ident, dict) or list(ident.keys()) != ["type", "text"]:
                err("%s bad identifier object %r" % (r["id"], ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("%s bad identifier type %s" % (r["id"], ident["type"]))
            if ident["text"] not in r["text"]:
                err("%s identifier %r not in text" % (r["id"], ident["text"]))
            key = (ident["type"], ident["text"])
            if key in seen or ident["text"] in {t for _, t in seen}:
                err("%s identifier listed twice %r" % (r["id"], ident["text"]))
            seen.add(key)
            types[ident["type"]] += 1
        for t in {ty for ty, _ in seen}:
            items_per_type[t] += 1

    for r in tri:
        if r["department"] not in DEPTS:
            err("%s bad department %s" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %s" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %s" % (r["id"], r["gender"]))

    for r in emg:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family %s" % (r["id"], r["family"]))
        if r["emergency"] is True and r["kind"] != "now":
            err("%s emergency true but kind %s" % (r["id"], r["kind"]))
        if r["emergency"] is False and r["kind"] not in KINDS_NOT:
            err("%s emergency false but kind %s" % (r["id"], r["kind"]))

    print("privacy.jsonl: %d items (%d with identifiers, %d traps only)"
          % (len(priv), with_ids, len(priv) - with_ids))
    table("identifier spans by type", types)
    table("items containing each type", items_per_type)
    print("triage.jsonl: %d items" % len(tri))
    table("department", Counter(r["department"] for r in tri))
    table("age_range", Counter(r["age_range"] for r in tri))
    table("gender", Counter(r["gender"] for r in tri))
    now = [r for r in emg if r["emergency"]]
    nn = [r for r in emg if not r["emergency"]]
    print("emergency.jsonl: %d items (%d emergencies, %d non-emergencies)"
          % (len(emg), len(now), len(nn)))
    table("emergency=true by family", Counter(r["family"] for r in now))
    table("emergency=false by kind", Counter(r["kind"] for r in nn))
    table("emergency=false by family", Counter(r["family"] for r in nn))

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
