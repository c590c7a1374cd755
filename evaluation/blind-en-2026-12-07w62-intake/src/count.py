#!/usr/bin/env python3
"""Check the writer-62 test set and print count tables (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def read(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{name}:{n}: bad JSON ({e})")
    return rows


def common(r, fields, prefix):
    if set(r) != set(fields):
        err(f"{r.get('id')}: fields {sorted(r)} != {sorted(fields)}")
    rid = r.get("id", "")
    if not rid.startswith(prefix):
        err(f"{rid}: bad id prefix")
    if rid in all_ids:
        err(f"{rid}: duplicate id")
    all_ids.add(rid)
    t = r.get("text", "")
    if not isinstance(t, str) or not t.strip():
        err(f"{rid}: empty text")
    key = " ".join(t.lower().split())
    if key in all_texts:
        err(f"{rid}: duplicate text")
    all_texts.add(key)


def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {str(k):32s} {v}")


# privacy
priv = read("privacy.jsonl")
types = collections.Counter()
with_ids = 0
quasi_items = 0
for r in priv:
    common(r, ["id", "text", "identifiers", "quasi"], "ay-p")
    t = r["text"]
    idl = r.get("identifiers", [])
    if idl:
        with_ids += 1
    seen = set()
    for ident in idl:
        if set(ident) != {"type", "text"}:
            err(f"{r['id']}: bad identifier fields {ident}")
            continue
        if ident["type"] not in ID_TYPES:
            err(f"{r['id']}: bad identifier type {ident['type']}")
        if ident["text"] not in t:
            err(f"{r['id']}: identifier not a substring: {ident['text']!r}")
        if (ident["type"], ident["text"]) in seen:
            err(f"{r['id']}: identifier listed twice: {ident['text']!r}")
        seen.add((ident["type"], ident["text"]))
        types[ident["type"]] += 1
    q = r.get("quasi", [])
    if q:
        quasi_items += 1
    for s in q:
        if not isinstance(s, str) or s not in t:
            err(f"{r['id']}: quasi not a substring: {s!r}")

# triage
tri = read("triage.jsonl")
depts = collections.Counter()
ages = collections.Counter()
genders = collections.Counter()
for r in tri:
    common(r, ["id", "text", "department", "age_range", "gender"], "ay-t")
    if r["department"] not in DEPTS:
        err(f"{r['id']}: bad department {r['department']}")
    if r["age_range"] not in AGES:
        err(f"{r['id']}: bad age_range {r['age_range']}")
    if r["gender"] not in GENDERS:
        err(f"{r['id']}: bad gender {r['gender']}")
    depts[r["department"]] += 1
    ages[r["age_range"]] += 1
    genders[r["gender"]] += 1
for d in DEPTS:
    if depts[d] != 4:
        err(f"triage: department {d} has {depts[d]} items, expected 4")

# emergency
em = read("emergency.jsonl")
kinds = collections.Counter()
fam_now = collections.Counter()
fam_non = collections.Counter()
for r in em:
    common(r, ["id", "text", "emergency", "kind", "family"], "ay-e")
    if not isinstance(r["emergency"], bool):
        err(f"{r['id']}: emergency not bool")
    if r["emergency"] and r["kind"] != "now":
        err(f"{r['id']}: emergency true but kind {r['kind']}")
    if not r["emergency"] and r["kind"] not in KINDS_NON:
        err(f"{r['id']}: bad non-emergency kind {r['kind']}")
    if r["family"] not in FAMILIES:
        err(f"{r['id']}: bad family {r['family']}")
    kinds[r["kind"]] += 1
    (fam_now if r["emergency"] else fam_non)[r["family"]] += 1

n_now = sum(1 for r in em if r["emergency"])
n_non = len(em) - n_now

print(f"privacy items: {len(priv)}  with identifiers: {with_ids}  trap-only: {len(priv) - with_ids}  "
      f"items with quasi: {quasi_items}")
table("identifier types", types)
print(f"\ntriage items: {len(tri)}")
table("departments", depts)
table("age ranges", ages)
table("genders", genders)
print(f"\nemergency items: {len(em)}  now: {n_now}  non-emergency: {n_non}")
table("kinds", kinds)
table("families (now)", fam_now)
table("families (non-emergency)", fam_non)

if n_now < 115:
    err(f"emergency: only {n_now} now items")
if n_non < 200:
    err(f"emergency: only {n_non} non-emergency items")
for k in KINDS_NON:
    if kinds[k] == 0:
        err(f"emergency: no items of kind {k}")

if errors:
    print(f"\n{len(errors)} ERRORS")
    for e in errors:
        print("  " + e)
print(f"\nSUMMARY privacy={len(priv)} with_identifiers={with_ids} trap_only={len(priv) - with_ids} "
      f"triage={len(tri)} emergency_now={n_now} non_emergency={n_non} errors={len(errors)}")
sys.exit(1 if errors else 0)
