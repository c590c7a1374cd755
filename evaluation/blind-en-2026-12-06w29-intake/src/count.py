"""Validate the three JSONL files and print count tables. Standard library only."""
import json
import os
import re
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


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def table(title, counter, order=None):
    print("  %s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

all_texts = Counter()
for rows in (privacy, triage, emergency):
    for r in rows:
        all_texts[r.get("text", "").strip().lower()] += 1
for t, c in all_texts.items():
    if c > 1:
        err("duplicate text (%d times): %s" % (c, t[:70]))

# privacy
type_items = Counter()
type_total = Counter()
with_ids = 0
traps = 0
quasi_items = 0
for r in privacy:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: fields %s" % (r.get("id"), sorted(r)))
    if not re.fullmatch(r"q-p\d{3}", r.get("id", "")):
        err("privacy bad id %s" % r.get("id"))
    ids = r.get("identifiers", [])
    if ids:
        with_ids += 1
    else:
        traps += 1
    pairs = []
    for i in ids:
        if set(i) != {"type", "text"}:
            err("privacy %s: identifier fields %s" % (r["id"], sorted(i)))
        if i.get("type") not in ID_TYPES:
            err("privacy %s: bad type %s" % (r["id"], i.get("type")))
        if i.get("text", "") not in r["text"] or not i.get("text"):
            err("privacy %s: identifier not substring: %r" % (r["id"], i.get("text")))
        if (i.get("type"), i.get("text")) in pairs:
            err("privacy %s: repeated identifier %r" % (r["id"], i.get("text")))
        pairs.append((i.get("type"), i.get("text")))
        type_total[i.get("type")] += 1
    for t in set(i.get("type") for i in ids):
        type_items[t] += 1
    if not isinstance(r.get("quasi"), list):
        err("privacy %s: quasi not a list" % r["id"])
    else:
        if r["quasi"]:
            quasi_items += 1
        for q in r["quasi"]:
            if q not in r["text"]:
                err("privacy %s: quasi not substring: %r" % (r["id"], q))

# triage
for r in triage:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s: fields %s" % (r.get("id"), sorted(r)))
    if not re.fullmatch(r"q-t\d{3}", r.get("id", "")):
        err("triage bad id %s" % r.get("id"))
    if r.get("department") not in DEPTS:
        err("triage %s: bad department %s" % (r["id"], r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age %s" % (r["id"], r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %s" % (r["id"], r.get("gender")))

# emergency
for r in emergency:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: fields %s" % (r.get("id"), sorted(r)))
    if not re.fullmatch(r"q-e\d{3}", r.get("id", "")):
        err("emergency bad id %s" % r.get("id"))
    if not isinstance(r.get("emergency"), bool):
        err("emergency %s: emergency not bool" % r["id"])
    if r.get("kind") not in KINDS:
        err("emergency %s: bad kind %s" % (r["id"], r.get("kind")))
    if r.get("family") not in FAMILIES:
        err("emergency %s: bad family %s" % (r["id"], r.get("family")))
    if (r.get("kind") == "now") != (r.get("emergency") is True):
        err("emergency %s: kind/emergency mismatch" % r["id"])

print("privacy.jsonl: %d items (%d with identifiers, %d traps only, %d with quasi)"
      % (len(privacy), with_ids, traps, quasi_items))
print("  identifier type (items containing it / spans):")
for t in sorted(ID_TYPES):
    print("    %-28s %4d items %4d spans" % (t, type_items[t], type_total[t]))

print("triage.jsonl: %d items" % len(triage))
table("department", Counter(r["department"] for r in triage))
table("age_range", Counter(r["age_range"] for r in triage),
      ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
table("gender", Counter(r["gender"] for r in triage))

em = [r for r in emergency if r["emergency"]]
non = [r for r in emergency if not r["emergency"]]
print("emergency.jsonl: %d items (%d emergencies, %d non-emergencies)" % (len(emergency), len(em), len(non)))
table("kind", Counter(r["kind"] for r in emergency))
table("family (emergencies, kind now)", Counter(r["family"] for r in em))
table("family (non-emergencies)", Counter(r["family"] for r in non))

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
