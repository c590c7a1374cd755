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


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    texts = set()
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r.keys()) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r.keys())))
                continue
            if not isinstance(r["id"], str) or not r["id"].startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r["id"]))
            if r["id"] in all_ids:
                err("%s:%d duplicate id %s" % (name, n, r["id"]))
            all_ids.add(r["id"])
            if not isinstance(r["text"], str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            key = " ".join(r["text"].lower().split())
            if key in texts:
                err("%s:%d duplicate text" % (name, n))
            texts.add(key)
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    w = max([len(str(k)) for k in keys] + [5])
    for k in keys:
        print("  %-*s %5d" % (w, k, counter.get(k, 0)))
    print("  %-*s %5d" % (w, "TOTAL", sum(counter.values())))


# privacy
P = load("privacy.jsonl", {"id", "text", "identifiers", "quasi"}, "q-p")
for r in P:
    if not isinstance(r["identifiers"], list) or not isinstance(r["quasi"], list):
        err("%s lists expected" % r["id"])
        continue
    seen = set()
    for ident in r["identifiers"]:
        if set(ident.keys()) != {"type", "text"}:
            err("%s identifier fields %s" % (r["id"], ident))
            continue
        if ident["type"] not in ID_TYPES:
            err("%s bad identifier type %s" % (r["id"], ident["type"]))
        if not ident["text"] or ident["text"] not in r["text"]:
            err("%s identifier not substring: %r" % (r["id"], ident["text"]))
        if ident["text"] in seen:
            err("%s identifier listed twice: %r" % (r["id"], ident["text"]))
        seen.add(ident["text"])
    for q in r["quasi"]:
        if not isinstance(q, str) or not q or q not in r["text"]:
            err("%s quasi not substring: %r" % (r["id"], q))

# triage
T = load("triage.jsonl", {"id", "text", "age_range", "gender", "department"}, "q-t")
for r in T:
    if r["age_range"] not in AGES:
        err("%s bad age %s" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s bad gender %s" % (r["id"], r["gender"]))
    if r["department"] not in DEPTS:
        err("%s bad department %s" % (r["id"], r["department"]))

# emergency
E = load("emergency.jsonl", {"id", "text", "emergency", "family", "kind"}, "q-e")
for r in E:
    if not isinstance(r["emergency"], bool):
        err("%s emergency not bool" % r["id"])
    if r["family"] not in FAMILIES:
        err("%s bad family %s" % (r["id"], r["family"]))
    if r["emergency"] and r["kind"] != "now":
        err("%s emergency with kind %s" % (r["id"], r["kind"]))
    if not r["emergency"] and r["kind"] not in KINDS_NON:
        err("%s non-emergency with kind %s" % (r["id"], r["kind"]))

# tables
print("privacy.jsonl: %d items" % len(P))
with_ids = sum(1 for r in P if r["identifiers"])
print("  with >=1 identifier: %d" % with_ids)
print("  no identifiers (traps only): %d" % (len(P) - with_ids))
print("  with quasi flags: %d" % sum(1 for r in P if r["quasi"]))
table("identifier spans by type", Counter(i["type"] for r in P for i in r["identifiers"]),
      sorted(ID_TYPES))
table("items by number of identifiers", Counter(len(r["identifiers"]) for r in P))

print("\ntriage.jsonl: %d items" % len(T))
table("by department", Counter(r["department"] for r in T), sorted(DEPTS))
table("by age_range", Counter(r["age_range"] for r in T),
      ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
table("by gender", Counter(r["gender"] for r in T), sorted(GENDERS))

print("\nemergency.jsonl: %d items" % len(E))
print("  emergency=true: %d" % sum(1 for r in E if r["emergency"]))
print("  emergency=false: %d" % sum(1 for r in E if not r["emergency"]))
table("by kind", Counter(r["kind"] for r in E), ["now"] + sorted(KINDS_NON))
fam_t = Counter(r["family"] for r in E if r["emergency"])
fam_f = Counter(r["family"] for r in E if not r["emergency"])
print("\nby family (true / false)")
for fam in sorted(FAMILIES):
    print("  %-28s %3d %3d" % (fam, fam_t.get(fam, 0), fam_f.get(fam, 0)))
print("  %-28s %3d %3d" % ("TOTAL", sum(fam_t.values()), sum(fam_f.values())))

print()
if errors:
    print("VALIDATION FAILED (%d problems)" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("VALIDATION OK")
