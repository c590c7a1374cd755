#!/usr/bin/env python3
"""Validate the built JSONL files and print count tables."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

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
                err(f"{name}:{n} bad json: {e}")
    return rows


def check_keys(name, r, keys):
    if set(r) != set(keys):
        err(f"{name} {r.get('id')}: keys {sorted(r)} != {sorted(keys)}")


def check_ids(name, rows, pat):
    seen = set()
    for r in rows:
        i = r.get("id")
        if not isinstance(i, str) or not re.fullmatch(pat, i):
            err(f"{name}: bad id {i!r}")
        if i in seen:
            err(f"{name}: duplicate id {i}")
        seen.add(i)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{name} {i}: empty text")


priv = load("privacy.jsonl")
tri = load("triage.jsonl")
emg = load("emergency.jsonl")

check_ids("privacy", priv, r"x-p\d{3}")
check_ids("triage", tri, r"x-t\d{3}")
check_ids("emergency", emg, r"x-e\d{3}")

# duplicates across all files
all_texts = collections.Counter()
for rows in (priv, tri, emg):
    for r in rows:
        all_texts[r.get("text", "").strip().lower()] += 1
for t, c in all_texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:70]!r}")

# privacy
type_counts = collections.Counter()
with_ids = 0
quasi_n = 0
for r in priv:
    check_keys("privacy", r, ["id", "text", "identifiers", "quasi"])
    ids = r.get("identifiers", [])
    if not isinstance(ids, list):
        err(f"{r['id']}: identifiers not list")
        continue
    if ids:
        with_ids += 1
    pairs = set()
    for d in ids:
        if set(d) != {"type", "text"}:
            err(f"{r['id']}: identifier keys {sorted(d)}")
            continue
        if d["type"] not in ID_TYPES:
            err(f"{r['id']}: bad identifier type {d['type']}")
        if d["text"] not in r["text"]:
            err(f"{r['id']}: identifier {d['text']!r} not a substring")
        if (d["type"], d["text"]) in pairs:
            err(f"{r['id']}: identifier listed twice {d['text']!r}")
        pairs.add((d["type"], d["text"]))
        type_counts[d["type"]] += 1
    q = r.get("quasi", [])
    if not isinstance(q, list):
        err(f"{r['id']}: quasi not list")
        continue
    for s in q:
        if not isinstance(s, str) or s not in r["text"]:
            err(f"{r['id']}: quasi {s!r} not a substring")
        quasi_n += 1

# triage
dept_counts = collections.Counter()
age_counts = collections.Counter()
gender_counts = collections.Counter()
for r in tri:
    check_keys("triage", r, ["id", "text", "department", "age_range", "gender"])
    if r.get("department") not in DEPTS:
        err(f"{r['id']}: bad department {r.get('department')}")
    if r.get("age_range") not in AGES:
        err(f"{r['id']}: bad age_range {r.get('age_range')}")
    if r.get("gender") not in GENDERS:
        err(f"{r['id']}: bad gender {r.get('gender')}")
    dept_counts[r.get("department")] += 1
    age_counts[r.get("age_range")] += 1
    gender_counts[r.get("gender")] += 1
for d in DEPTS:
    if dept_counts[d] < 4:
        err(f"triage: department {d} has only {dept_counts[d]} items")

# emergency
fam_now = collections.Counter()
fam_non = collections.Counter()
kind_counts = collections.Counter()
for r in emg:
    check_keys("emergency", r, ["id", "text", "emergency", "kind", "family"])
    em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(em, bool):
        err(f"{r['id']}: emergency not bool")
    if fam not in FAMILIES:
        err(f"{r['id']}: bad family {fam}")
    if em is True:
        if kind != "now":
            err(f"{r['id']}: emergency with kind {kind}")
        fam_now[fam] += 1
    else:
        if kind not in KINDS:
            err(f"{r['id']}: bad non-emergency kind {kind}")
        kind_counts[kind] += 1
        fam_non[fam] += 1

n_em = sum(fam_now.values())
n_non = sum(kind_counts.values())

# minimums
if len(priv) < 220:
    err(f"privacy: only {len(priv)} items")
if len(tri) < 88:
    err(f"triage: only {len(tri)} items")
if n_em < 110:
    err(f"emergency: only {n_em} emergencies")
if n_non < 160:
    err(f"emergency: only {n_non} non-emergencies")

print(f"privacy: {len(priv)} items, {with_ids} with identifiers ({100*with_ids/max(1,len(priv)):.0f}%), "
      f"{len(priv)-with_ids} trap-only, {quasi_n} quasi flags")
print("  identifier types:")
for t, c in type_counts.most_common():
    print(f"    {t:15s} {c}")
print(f"triage: {len(tri)} items")
for d in DEPTS:
    print(f"    {d:22s} {dept_counts[d]}")
print("  age_range: " + ", ".join(f"{a}={age_counts[a]}" for a in AGES))
print("  gender: " + ", ".join(f"{g}={gender_counts[g]}" for g in sorted(GENDERS)))
print(f"emergency: {n_em} emergencies / {n_non} non-emergencies ({len(emg)} items)")
print("  non-emergency kinds:")
for k in KINDS:
    print(f"    {k:25s} {kind_counts[k]}")
print("  families (now / non):")
for f in FAMILIES:
    print(f"    {f:28s} {fam_now[f]:3d} / {fam_non[f]:3d}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
