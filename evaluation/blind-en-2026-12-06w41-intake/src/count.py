"""Check the built files and print count tables. Python 3 standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ad"
ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NO = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    return rows


def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {str(k):32s} {v}")


priv = load("privacy.jsonl")
tri = load("triage.jsonl")
emg = load("emergency.jsonl")

all_ids = Counter()
all_texts = Counter()

# privacy
ptypes = Counter()
with_ids = 0
quasi_n = 0
for r in priv:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err(f"privacy {r.get('id')}: fields {sorted(r)}")
    if not str(r.get("id", "")).startswith(f"{PREFIX}-p"):
        err(f"privacy bad id {r.get('id')}")
    all_ids[r["id"]] += 1
    all_texts[r["text"]] += 1
    seen = set()
    for ident in r["identifiers"]:
        if set(ident) != {"type", "text"}:
            err(f"{r['id']}: identifier fields {sorted(ident)}")
        if ident["type"] not in ID_TYPES:
            err(f"{r['id']}: bad type {ident['type']}")
        if ident["text"] not in r["text"]:
            err(f"{r['id']}: identifier not substring: {ident['text']!r}")
        if (ident["type"], ident["text"]) in seen:
            err(f"{r['id']}: identifier listed twice: {ident['text']!r}")
        seen.add((ident["type"], ident["text"]))
        ptypes[ident["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            err(f"{r['id']}: quasi not substring: {q!r}")
        quasi_n += 1
    if r["identifiers"]:
        with_ids += 1
for t in ID_TYPES:
    if ptypes[t] < 8:
        err(f"privacy: type {t} only {ptypes[t]} times")
if len(priv) < 250:
    err(f"privacy: only {len(priv)} items")

# triage
depts = Counter()
ages = Counter()
genders = Counter()
for r in tri:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err(f"triage {r.get('id')}: fields {sorted(r)}")
    if not str(r.get("id", "")).startswith(f"{PREFIX}-t"):
        err(f"triage bad id {r.get('id')}")
    all_ids[r["id"]] += 1
    all_texts[r["text"]] += 1
    if r["department"] not in DEPTS:
        err(f"{r['id']}: bad department {r['department']}")
    if r["age_range"] not in AGES:
        err(f"{r['id']}: bad age {r['age_range']}")
    if r["gender"] not in GENDERS:
        err(f"{r['id']}: bad gender {r['gender']}")
    depts[r["department"]] += 1
    ages[r["age_range"]] += 1
    genders[r["gender"]] += 1
if len(tri) != 88:
    err(f"triage: {len(tri)} items, expected 88")
for d in DEPTS:
    if depts[d] != 4:
        err(f"triage: {d} has {depts[d]}")

# emergency
fam_yes = Counter()
fam_no = Counter()
kinds = Counter()
for r in emg:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err(f"emergency {r.get('id')}: fields {sorted(r)}")
    if not str(r.get("id", "")).startswith(f"{PREFIX}-e"):
        err(f"emergency bad id {r.get('id')}")
    all_ids[r["id"]] += 1
    all_texts[r["text"]] += 1
    if not isinstance(r["emergency"], bool):
        err(f"{r['id']}: emergency not bool")
    if r["family"] not in FAMILIES:
        err(f"{r['id']}: bad family {r['family']}")
    if r["emergency"]:
        if r["kind"] != "now":
            err(f"{r['id']}: emergency with kind {r['kind']}")
        fam_yes[r["family"]] += 1
    else:
        if r["kind"] not in KINDS_NO:
            err(f"{r['id']}: bad kind {r['kind']}")
        fam_no[r["family"]] += 1
        kinds[r["kind"]] += 1
n_yes = sum(fam_yes.values())
n_no = sum(fam_no.values())
if n_yes < 110:
    err(f"emergency: only {n_yes} emergencies")
if n_no < 170:
    err(f"emergency: only {n_no} non-emergencies")
for f_ in FAMILIES:
    if fam_yes[f_] < 4:
        err(f"emergency: family {f_} has {fam_yes[f_]} emergencies")
for k in KINDS_NO:
    if kinds[k] < 18:
        err(f"emergency: kind {k} has {kinds[k]}")

for i, c in all_ids.items():
    if c > 1:
        err(f"duplicate id {i}")
for t, c in all_texts.items():
    if c > 1:
        err(f"duplicate text: {t[:60]!r}")

print(f"privacy: {len(priv)} items, {with_ids} with identifiers ({100*with_ids/max(1,len(priv)):.0f}%), "
      f"{len(priv)-with_ids} trap-only, {quasi_n} quasi flags")
table("privacy identifier types", ptypes)
table("triage departments", depts)
table("triage age ranges", ages)
table("triage genders", genders)
table("emergency families (emergency=true)", fam_yes)
table("emergency kinds (emergency=false)", kinds)
table("emergency families (emergency=false)", fam_no)

print()
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
print(f"SUMMARY: privacy={len(priv)} (with_identifiers={with_ids}, trap_only={len(priv)-with_ids}, quasi={quasi_n}) "
      f"triage={len(tri)} emergency={len(emg)} (emergencies={n_yes}, non_emergencies={n_no}) "
      f"errors={len(errors)}")
sys.exit(1 if errors else 0)
