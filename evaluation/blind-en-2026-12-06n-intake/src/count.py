#!/usr/bin/env python3
"""Validate the three JSONL files and print count tables. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s:%d does not parse: %s" % (name, ln, e))
                continue
            if set(r.keys()) != set(fields):
                err("%s:%d fields %s" % (name, ln, sorted(r.keys())))
            rid = r.get("id")
            if not isinstance(rid, str) or not rid.startswith(prefix):
                err("%s:%d bad id %r" % (name, ln, rid))
            if rid in all_ids:
                err("%s:%d duplicate id %r" % (name, ln, rid))
            all_ids.add(rid)
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err("%s:%d empty text" % (name, ln))
            elif t in all_texts:
                err("%s:%d duplicate text" % (name, ln))
            all_texts.add(t)
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    w = max([len(str(k)) for k in keys] + [5])
    for k in keys:
        print("  %-*s %5d" % (w, k, counter.get(k, 0)))
    print("  %-*s %5d" % (w, "TOTAL", sum(counter.values())))


def main():
    priv = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
    tri = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "q-t")
    emg = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "q-e")

    # privacy checks
    type_items = Counter()
    type_spans = Counter()
    n_with = n_without = n_quasi = 0
    for r in priv:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"]); continue
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("%s bad identifier %r" % (r["id"], d)); continue
            if d["type"] not in ID_TYPES:
                err("%s unknown type %r" % (r["id"], d["type"]))
            if d["text"] not in r["text"]:
                err("%s identifier not a substring: %r" % (r["id"], d["text"]))
            key = (d["type"], d["text"])
            if key in seen:
                err("%s repeated identifier %r" % (r["id"], key))
            seen.add(key)
            type_spans[d["type"]] += 1
        for t in set(d["type"] for d in ids if isinstance(d, dict)):
            type_items[t] += 1
        if ids:
            n_with += 1
        else:
            n_without += 1
        q = r["quasi"]
        if not isinstance(q, list):
            err("%s quasi not a list" % r["id"]); continue
        for s in q:
            if not isinstance(s, str) or s not in r["text"]:
                err("%s quasi not a substring: %r" % (r["id"], s))
        if q:
            n_quasi += 1

    # triage checks
    for r in tri:
        if r["age_range"] not in AGES:
            err("%s bad age %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (r["id"], r["gender"]))
        if r["department"] not in DEPTS:
            err("%s bad department %r" % (r["id"], r["department"]))

    # emergency checks
    for r in emg:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family %r" % (r["id"], r["family"]))
        if r["emergency"] and r["kind"] != "now":
            err("%s emergency with kind %r" % (r["id"], r["kind"]))
        if not r["emergency"] and r["kind"] not in KINDS_NON:
            err("%s non-emergency with kind %r" % (r["id"], r["kind"]))

    print("privacy.jsonl: %d items (%d with identifiers, %d without, %d with quasi flags)"
          % (len(priv), n_with, n_without, n_quasi))
    order = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url",
             "handle", "licence_plate"]
    print("\nidentifier type            items  spans")
    for t in order:
        print("  %-24s %5d  %5d" % (t, type_items.get(t, 0), type_spans.get(t, 0)))

    print("\ntriage.jsonl: %d items" % len(tri))
    table("department", Counter(r["department"] for r in tri), sorted(DEPTS))
    table("age_range", Counter(r["age_range"] for r in tri),
          ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender", Counter(r["gender"] for r in tri), ["female", "male", "other", "undisclosed"])

    n_e = sum(1 for r in emg if r["emergency"])
    print("\nemergency.jsonl: %d items (%d emergency, %d non-emergency)"
          % (len(emg), n_e, len(emg) - n_e))
    table("kind", Counter(r["kind"] for r in emg), ["now"] + sorted(KINDS_NON))
    print("\nfamily                       emerg  non-emerg")
    ce = Counter(r["family"] for r in emg if r["emergency"])
    cn = Counter(r["family"] for r in emg if not r["emergency"])
    for fam in sorted(FAMILIES):
        print("  %-26s %5d  %9d" % (fam, ce.get(fam, 0), cn.get(fam, 0)))

    print()
    if errors:
        print("VALIDATION FAILED: %d error(s)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
