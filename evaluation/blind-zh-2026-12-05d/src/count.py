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
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
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


def load(name, prefix, fields):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    return rows


priv = load("privacy.jsonl", "iz-p", {"id", "text", "identifiers"})
tri = load("triage.jsonl", "iz-t", {"id", "text", "age_range", "gender", "department"})
emg = load("emergency.jsonl", "iz-e", {"id", "text", "emergency", "family", "kind"})

# unique ids and texts within and across files
ids = collections.Counter(r["id"] for r in priv + tri + emg)
for k, v in ids.items():
    if v > 1:
        err("duplicate id %s" % k)
texts = collections.Counter(r["text"] for r in priv + tri + emg)
for k, v in texts.items():
    if v > 1:
        err("duplicate text: %r" % k[:30])

# privacy
for r in priv:
    if not isinstance(r["identifiers"], list):
        err("%s identifiers not a list" % r["id"])
        continue
    for x in r["identifiers"]:
        if not isinstance(x, dict) or set(x) != {"type", "text"}:
            err("%s identifier fields %r" % (r["id"], x))
            continue
        if x["type"] not in ID_TYPES:
            err("%s bad identifier type %r" % (r["id"], x["type"]))
        if not x["text"] or x["text"] not in r["text"]:
            err("%s span not in text: %r" % (r["id"], x["text"]))

# triage
for r in tri:
    if r["age_range"] not in AGES:
        err("%s bad age_range" % r["id"])
    if r["gender"] not in GENDERS:
        err("%s bad gender" % r["id"])
    if r["department"] not in DEPTS:
        err("%s bad department" % r["id"])

# emergency
for r in emg:
    if not isinstance(r["emergency"], bool):
        err("%s emergency not bool" % r["id"])
    if r["family"] not in FAMILIES:
        err("%s bad family" % r["id"])
    if r["emergency"] and r["kind"] != "now":
        err("%s emergency with kind %r" % (r["id"], r["kind"]))
    if not r["emergency"] and r["kind"] not in NEG_KINDS:
        err("%s non-emergency with kind %r" % (r["id"], r["kind"]))

# minimum counts
n_empty = sum(1 for r in priv if not r["identifiers"])
if len(priv) < 170:
    err("privacy has %d < 170 items" % len(priv))
if not (0.28 <= n_empty / max(len(priv), 1) <= 0.40):
    err("privacy empty share %.2f not about a third" % (n_empty / max(len(priv), 1)))
dept_c = collections.Counter(r["department"] for r in tri)
for d in DEPTS:
    if dept_c[d] != 5:
        err("department %s has %d items (want 5)" % (d, dept_c[d]))
if len(tri) != 110:
    err("triage has %d items (want 110)" % len(tri))
n_pos = sum(1 for r in emg if r["emergency"])
n_neg = len(emg) - n_pos
if n_pos < 60:
    err("only %d emergencies" % n_pos)
if n_neg < 90:
    err("only %d non-emergencies" % n_neg)
fam_pos = collections.Counter(r["family"] for r in emg if r["emergency"])
fam_neg = collections.Counter(r["family"] for r in emg if not r["emergency"])
for f in FAMILIES:
    if fam_pos[f] < 3:
        err("family %s has only %d emergencies" % (f, fam_pos[f]))

# tables
print("privacy.jsonl: %d items, %d with identifiers, %d with an empty list (%.0f%%)"
      % (len(priv), len(priv) - n_empty, n_empty, 100.0 * n_empty / len(priv)))
tc = collections.Counter(x["type"] for r in priv for x in r["identifiers"])
print("  identifier spans by type:")
for t in sorted(ID_TYPES):
    print("    %-14s %3d" % (t, tc[t]))
print("triage.jsonl: %d items" % len(tri))
for d in sorted(DEPTS):
    print("    %-22s %d" % (d, dept_c[d]))
ac = collections.Counter(r["age_range"] for r in tri)
gc = collections.Counter(r["gender"] for r in tri)
print("  age_range: " + ", ".join("%s=%d" % (a, ac[a]) for a in sorted(AGES, key=lambda s: int(s.split("~")[0].rstrip("+")))))
print("  gender: " + ", ".join("%s=%d" % (g, gc[g]) for g in sorted(GENDERS)))
print("emergency.jsonl: %d items, %d emergencies (true), %d non-emergencies (false)" % (len(emg), n_pos, n_neg))
print("    %-28s %5s %6s" % ("family", "true", "false"))
for f in sorted(FAMILIES):
    print("    %-28s %5d %6d" % (f, fam_pos[f], fam_neg[f]))
kc = collections.Counter(r["kind"] for r in emg if not r["emergency"])
print("  non-emergency kinds: " + ", ".join("%s=%d" % (k, kc[k]) for k in sorted(NEG_KINDS)))

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
