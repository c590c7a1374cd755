"""Validate the JSONL files and print count tables (standard library only)."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "s"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"]

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
                err(f"{name}:{n} bad JSON: {e}")
    return rows


def check_ids(rows, name, letter):
    pat = re.compile(rf"^{PREFIX}-{letter}\d{{3}}$")
    seen = set()
    for r in rows:
        i = r.get("id")
        if not isinstance(i, str) or not pat.match(i):
            err(f"{name}: bad id {i!r}")
        if i in seen:
            err(f"{name}: duplicate id {i}")
        seen.add(i)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{name}: {i} empty text")


def table(title, counter, order=None):
    print(f"  {title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"    {k:<28} {counter.get(k, 0)}")


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

check_ids(privacy, "privacy", "p")
check_ids(triage, "triage", "t")
check_ids(emergency, "emergency", "e")

# no text twice across files
all_texts = Counter(r.get("text") for r in privacy + triage + emergency)
for t, c in all_texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t[:60]!r}")

# privacy
type_counts = Counter()
with_ids = 0
quasi_n = 0
for r in privacy:
    keys = set(r)
    if keys != {"id", "text", "identifiers", "quasi"}:
        err(f"privacy {r.get('id')}: fields {sorted(keys)}")
    ids = r.get("identifiers", [])
    if not isinstance(ids, list):
        err(f"privacy {r['id']}: identifiers not a list")
        ids = []
    if ids:
        with_ids += 1
    seen = set()
    for ident in ids:
        if set(ident) != {"type", "text"}:
            err(f"privacy {r['id']}: identifier fields {sorted(ident)}")
            continue
        if ident["type"] not in ID_TYPES:
            err(f"privacy {r['id']}: unknown type {ident['type']}")
        if ident["text"] not in r["text"]:
            err(f"privacy {r['id']}: {ident['text']!r} not a substring")
        if ident["text"] in seen:
            err(f"privacy {r['id']}: {ident['text']!r} listed twice")
        seen.add(ident["text"])
        type_counts[ident["type"]] += 1
    q = r.get("quasi", [])
    if not isinstance(q, list):
        err(f"privacy {r['id']}: quasi not a list")
        q = []
    for s in q:
        quasi_n += 1
        if not isinstance(s, str) or s not in r["text"]:
            err(f"privacy {r['id']}: quasi {s!r} not a substring")

# triage
dept_counts = Counter()
age_counts = Counter()
gender_counts = Counter()
for r in triage:
    keys = set(r)
    if keys != {"id", "text", "department", "age_range", "gender"}:
        err(f"triage {r.get('id')}: fields {sorted(keys)}")
    if r.get("department") not in DEPTS:
        err(f"triage {r.get('id')}: bad department {r.get('department')}")
    if r.get("age_range") not in AGES:
        err(f"triage {r.get('id')}: bad age_range {r.get('age_range')}")
    if r.get("gender") not in GENDERS:
        err(f"triage {r.get('id')}: bad gender {r.get('gender')}")
    dept_counts[r.get("department")] += 1
    age_counts[r.get("age_range")] += 1
    gender_counts[r.get("gender")] += 1
for d in DEPTS:
    if dept_counts[d] < 4:
        err(f"triage: department {d} has only {dept_counts[d]} items")

# emergency
now_fam = Counter()
non_fam = Counter()
kind_counts = Counter()
n_true = n_false = 0
for r in emergency:
    keys = set(r)
    if keys != {"id", "text", "emergency", "kind", "family"}:
        err(f"emergency {r.get('id')}: fields {sorted(keys)}")
    e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err(f"emergency {r.get('id')}: emergency not bool")
    if fam not in FAMILIES:
        err(f"emergency {r.get('id')}: bad family {fam}")
    if e is True:
        n_true += 1
        if k != "now":
            err(f"emergency {r.get('id')}: emergency true but kind {k}")
        now_fam[fam] += 1
    else:
        n_false += 1
        if k not in KINDS_NON:
            err(f"emergency {r.get('id')}: non-emergency with kind {k}")
        non_fam[fam] += 1
    kind_counts[k] += 1

# minimums
if len(privacy) < 220:
    err(f"privacy: only {len(privacy)} items")
if len(triage) < 88:
    err(f"triage: only {len(triage)} items")
if n_true < 110:
    err(f"emergency: only {n_true} emergencies")
if n_false < 160:
    err(f"emergency: only {n_false} non-emergencies")

print("== privacy.jsonl ==")
print(f"  items: {len(privacy)}  with identifiers: {with_ids} ({100*with_ids/max(1,len(privacy)):.0f}%)"
      f"  trap-only: {len(privacy)-with_ids}  quasi flags: {quasi_n}")
table("identifier spans by type", type_counts,
      sorted(type_counts, key=lambda k: -type_counts[k]))
print("== triage.jsonl ==")
print(f"  items: {len(triage)}")
table("department", dept_counts, DEPTS)
table("age_range", age_counts, AGES)
table("gender", gender_counts, sorted(GENDERS))
print("== emergency.jsonl ==")
print(f"  items: {len(emergency)}  emergencies: {n_true}  non-emergencies: {n_false}")
table("kind", kind_counts, ["now"] + KINDS_NON)
print("  family                       now  non")
for f_ in FAMILIES:
    print(f"    {f_:<28} {now_fam.get(f_,0):>3}  {non_fam.get(f_,0):>3}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("\nall checks passed")
