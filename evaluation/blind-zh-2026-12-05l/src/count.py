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
KINDS_NEG = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
            except Exception as ex:  # noqa
                err("%s:%d does not parse (%s)" % (name, n, ex))
                continue
            if set(r.keys()) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r.keys())))
                continue
            if not isinstance(r["id"], str) or not r["id"].startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r["id"]))
            if r["id"] in all_ids:
                err("%s:%d duplicate id %s" % (name, n, r["id"]))
            all_ids.add(r["id"])
            if not isinstance(r["text"], str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            if r["text"] in all_texts:
                err("%s:%d duplicate text" % (name, n))
            all_texts.add(r["text"])
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))
    print("  %-28s %4d" % ("TOTAL", sum(counter.values())))


priv = load("privacy.jsonl", ["id", "text", "identifiers"], "qz-p-")
tri = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "qz-t-")
emg = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "qz-e-")

type_counts = Counter()
empty = 0
for r in priv:
    ids = r["identifiers"]
    if not isinstance(ids, list):
        err("%s identifiers not a list" % r["id"])
        continue
    if not ids:
        empty += 1
    for it in ids:
        if not isinstance(it, dict) or set(it.keys()) != {"type", "text"}:
            err("%s bad identifier %r" % (r["id"], it))
            continue
        if it["type"] not in ID_TYPES:
            err("%s bad type %r" % (r["id"], it["type"]))
        if not it["text"] or it["text"] not in r["text"]:
            err("%s span not in text: %r" % (r["id"], it["text"]))
        type_counts[it["type"]] += 1

for r in tri:
    if r["age_range"] not in AGES:
        err("%s bad age %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s bad gender %r" % (r["id"], r["gender"]))
    if r["department"] not in DEPTS:
        err("%s bad dept %r" % (r["id"], r["department"]))

for r in emg:
    if not isinstance(r["emergency"], bool):
        err("%s emergency not bool" % r["id"])
    if r["family"] not in FAMILIES:
        err("%s bad family %r" % (r["id"], r["family"]))
    if r["emergency"] and r["kind"] != "now":
        err("%s emergency true needs kind now" % r["id"])
    if not r["emergency"] and r["kind"] not in KINDS_NEG:
        err("%s bad negative kind %r" % (r["id"], r["kind"]))

print("privacy.jsonl: %d items (%d with an empty list, %d with identifiers)" % (len(priv), empty, len(priv) - empty))
table("privacy identifier types (spans)", type_counts,
      ["name", "phone", "id_number", "address", "date_of_birth", "email", "handle"])
print("\ntriage.jsonl: %d items" % len(tri))
table("triage departments", Counter(r["department"] for r in tri), sorted(DEPTS))
table("triage age_range", Counter(r["age_range"] for r in tri),
      ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
table("triage gender", Counter(r["gender"] for r in tri), ["female", "male", "other", "undisclosed"])
print("\nemergency.jsonl: %d items (%d emergency, %d non-emergency)" % (
    len(emg), sum(1 for r in emg if r["emergency"]), sum(1 for r in emg if not r["emergency"])))
fam_t = Counter(r["family"] for r in emg if r["emergency"])
fam_f = Counter(r["family"] for r in emg if not r["emergency"])
print("\nemergency family            true  false")
for f in sorted(FAMILIES):
    print("  %-26s %4d  %5d" % (f, fam_t.get(f, 0), fam_f.get(f, 0)))
table("non-emergency kinds", Counter(r["kind"] for r in emg if not r["emergency"]), sorted(KINDS_NEG))

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nvalidation: OK (all lines parse, exact fields, unique ids, labels in the defined sets, "
      "spans are exact substrings, no duplicate texts)")
