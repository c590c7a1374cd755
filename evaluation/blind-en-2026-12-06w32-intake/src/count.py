"""Validate the JSONL files and print count tables. Standard library only."""
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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n} bad json {e}")
    return rows


def table(title, counter, order=None):
    print(f"  {title}:")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"    {k:<28} {counter.get(k, 0)}")


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

all_texts = Counter()
ids_seen = set()

# privacy
for r in privacy:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err(f"privacy fields {r.get('id')}: {sorted(r)}")
    if not re.fullmatch(r"t-p\d{3}", r["id"]):
        err(f"bad id {r['id']}")
    text = r["text"]
    all_texts[text] += 1
    pairs = set()
    for i in r["identifiers"]:
        if set(i) != {"type", "text"}:
            err(f"{r['id']} identifier fields {i}")
        if i["type"] not in ID_TYPES:
            err(f"{r['id']} bad type {i['type']}")
        if i["text"] not in text:
            err(f"{r['id']} identifier not substring: {i['text']!r}")
        if (i["type"], i["text"]) in pairs:
            err(f"{r['id']} repeated identifier {i['text']!r}")
        pairs.add((i["type"], i["text"]))
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in text:
            err(f"{r['id']} quasi not substring: {q!r}")

# triage
for r in triage:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err(f"triage fields {r.get('id')}")
    if not re.fullmatch(r"t-t\d{3}", r["id"]):
        err(f"bad id {r['id']}")
    all_texts[r["text"]] += 1
    if r["department"] not in DEPTS:
        err(f"{r['id']} bad department {r['department']}")
    if r["age_range"] not in AGES:
        err(f"{r['id']} bad age {r['age_range']}")
    if r["gender"] not in GENDERS:
        err(f"{r['id']} bad gender {r['gender']}")

# emergency
for r in emergency:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err(f"emergency fields {r.get('id')}")
    if not re.fullmatch(r"t-e\d{3}", r["id"]):
        err(f"bad id {r['id']}")
    all_texts[r["text"]] += 1
    if not isinstance(r["emergency"], bool):
        err(f"{r['id']} emergency not bool")
    if r["kind"] not in KINDS:
        err(f"{r['id']} bad kind {r['kind']}")
    if r["family"] not in FAMILIES:
        err(f"{r['id']} bad family {r['family']}")
    if r["emergency"] != (r["kind"] == "now"):
        err(f"{r['id']} emergency/kind mismatch")

for rows in (privacy, triage, emergency):
    for r in rows:
        if r["id"] in ids_seen:
            err(f"duplicate id {r['id']}")
        ids_seen.add(r["id"])

for t, c in all_texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:60]!r}")
norm = Counter(re.sub(r"\W+", " ", t.lower()).strip() for t in all_texts)
for t, c in norm.items():
    if c > 1:
        err(f"near-duplicate text (normalised) x{c}: {t[:60]!r}")

# tables
with_ids = sum(1 for r in privacy if r["identifiers"])
print(f"privacy items: {len(privacy)} (with identifiers {with_ids} = {100*with_ids/max(1,len(privacy)):.0f}%, "
      f"trap-only {len(privacy)-with_ids}, with quasi {sum(1 for r in privacy if r['quasi'])})")
table("identifier types (mentions)", Counter(i["type"] for r in privacy for i in r["identifiers"]),
      ["name", "id_number", "phone", "date_of_birth", "address", "email", "handle", "licence_plate", "url"])
print(f"triage items: {len(triage)}")
table("departments", Counter(r["department"] for r in triage))
table("age_range", Counter(r["age_range"] for r in triage), sorted(AGES, key=lambda a: int(a.split('~')[0].rstrip('+'))))
table("gender", Counter(r["gender"] for r in triage))
n_em = sum(1 for r in emergency if r["emergency"])
print(f"emergency items: {len(emergency)} (emergencies {n_em}, non-emergencies {len(emergency)-n_em})")
table("kinds", Counter(r["kind"] for r in emergency))
table("families (emergencies)", Counter(r["family"] for r in emergency if r["emergency"]))
table("families (non-emergencies)", Counter(r["family"] for r in emergency if not r["emergency"]))

if len(privacy) < 220:
    err("fewer than 220 privacy items")
if len(triage) < 88 or any(v < 4 for v in Counter(r["department"] for r in triage).values()) \
        or len({r["department"] for r in triage}) != len(DEPTS):
    err("triage needs >=88 items and 4 per department")
if n_em < 110 or len(emergency) - n_em < 160:
    err("emergency counts too low")

if errors:
    print(f"\nERRORS ({len(errors)}):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"\nOK: {len(privacy)} privacy items, {len(triage)} triage items, "
      f"{n_em}/{len(emergency)-n_em} emergencies/non-emergencies")
