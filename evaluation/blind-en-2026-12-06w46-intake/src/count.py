"""Check the en46 intake test set and print count tables (standard library only)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ai"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology",
               "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
               "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
         "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"]

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(f"{name}:{n} blank line")
                continue
            rows.append(json.loads(line))
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

all_ids = set()
all_texts = collections.Counter()


def check_common(row, name, letter, fields):
    if set(row) != set(fields):
        err(f"{name} {row.get('id')}: fields {sorted(row)} != {sorted(fields)}")
    rid = row.get("id", "")
    if not re.fullmatch(rf"{PREFIX}-{letter}\d{{3}}", rid):
        err(f"{name}: bad id {rid!r}")
    if rid in all_ids:
        err(f"duplicate id {rid}")
    all_ids.add(rid)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"{rid}: empty text")
    else:
        all_texts[text.strip()] += 1


# privacy
type_counts = collections.Counter()
items_per_type = collections.Counter()
with_ids = 0
quasi_count = 0
for r in privacy:
    check_common(r, "privacy", "p", ["id", "text", "identifiers", "quasi"])
    ids = r.get("identifiers", [])
    if not isinstance(ids, list):
        err(f"{r['id']}: identifiers not a list")
        continue
    seen = set()
    for ident in ids:
        if set(ident) != {"type", "text"}:
            err(f"{r['id']}: identifier fields {sorted(ident)}")
            continue
        if ident["type"] not in ID_TYPES:
            err(f"{r['id']}: unknown identifier type {ident['type']}")
        if ident["text"] not in r["text"]:
            err(f"{r['id']}: identifier {ident['text']!r} not in text")
        if ident["text"] in seen:
            err(f"{r['id']}: identifier {ident['text']!r} listed twice")
        seen.add(ident["text"])
        type_counts[ident["type"]] += 1
    for t in {i["type"] for i in ids}:
        items_per_type[t] += 1
    if ids:
        with_ids += 1
    q = r.get("quasi", [])
    if not isinstance(q, list):
        err(f"{r['id']}: quasi not a list")
    else:
        for s in q:
            if not isinstance(s, str) or s not in r["text"]:
                err(f"{r['id']}: quasi {s!r} not in text")
        quasi_count += len(q)

for t in ID_TYPES:
    if type_counts[t] < 8:
        err(f"privacy: identifier type {t} only {type_counts[t]} times (<8)")
if type_counts and type_counts["name"] != max(type_counts.values()):
    err("privacy: name is not the most frequent identifier type")
if len(privacy) < 250:
    err(f"privacy: only {len(privacy)} items (<250)")

# triage
dept_counts = collections.Counter()
age_counts = collections.Counter()
gender_counts = collections.Counter()
for r in triage:
    check_common(r, "triage", "t", ["id", "text", "department", "age_range", "gender"])
    if r.get("department") not in DEPARTMENTS:
        err(f"{r['id']}: bad department {r.get('department')}")
    if r.get("age_range") not in AGES:
        err(f"{r['id']}: bad age_range {r.get('age_range')}")
    if r.get("gender") not in GENDERS:
        err(f"{r['id']}: bad gender {r.get('gender')}")
    dept_counts[r.get("department")] += 1
    age_counts[r.get("age_range")] += 1
    gender_counts[r.get("gender")] += 1
if len(triage) != 88:
    err(f"triage: {len(triage)} items (!=88)")
for d in DEPARTMENTS:
    if dept_counts[d] != 4:
        err(f"triage: department {d} has {dept_counts[d]} items (!=4)")

# emergency
em_fam = collections.Counter()
non_fam = collections.Counter()
non_kind = collections.Counter()
n_em = n_non = 0
for r in emergency:
    check_common(r, "emergency", "e", ["id", "text", "emergency", "kind", "family"])
    if not isinstance(r.get("emergency"), bool):
        err(f"{r['id']}: emergency not bool")
    if r.get("family") not in FAMILIES:
        err(f"{r['id']}: bad family {r.get('family')}")
    if r.get("emergency") is True:
        n_em += 1
        if r.get("kind") != "now":
            err(f"{r['id']}: emergency with kind {r.get('kind')}")
        em_fam[r.get("family")] += 1
    else:
        n_non += 1
        if r.get("kind") not in KINDS:
            err(f"{r['id']}: bad non-emergency kind {r.get('kind')}")
        non_kind[r.get("kind")] += 1
        non_fam[r.get("family")] += 1
if n_em < 110:
    err(f"emergency: only {n_em} emergencies (<110)")
if n_non < 170:
    err(f"emergency: only {n_non} non-emergencies (<170)")
for f in FAMILIES:
    if em_fam[f] < 4:
        err(f"emergency: family {f} has {em_fam[f]} emergencies (<4)")
for k in KINDS:
    if non_kind[k] < 18:
        err(f"emergency: kind {k} has {non_kind[k]} items (<18)")

for text, n in all_texts.items():
    if n > 1:
        err(f"duplicate text ({n}x): {text[:70]!r}")

# tables
print(f"privacy: {len(privacy)} items, {with_ids} with identifiers "
      f"({100.0 * with_ids / max(1, len(privacy)):.1f}%), {len(privacy) - with_ids} trap-only, "
      f"{quasi_count} quasi flags")
table("identifier spans by type (items containing type)",
      {t: f"{type_counts[t]} ({items_per_type[t]})" for t in ID_TYPES}, ID_TYPES)
table("triage by department", dept_counts, DEPARTMENTS)
table("triage by age_range", age_counts, AGES)
table("triage by gender", gender_counts, GENDERS)
print(f"\nemergency: {n_em} emergencies, {n_non} hard non-emergencies")
table("emergencies by family", em_fam, FAMILIES)
table("non-emergencies by kind", non_kind, KINDS)
table("non-emergencies by family", non_fam, FAMILIES)

print()
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"FAILED with {len(errors)} errors")
print(f"SUMMARY: privacy={len(privacy)} (with_identifiers={with_ids}, trap_only={len(privacy) - with_ids}, "
      f"quasi={quasi_count}) triage={len(triage)} emergency={len(emergency)} "
      f"(emergencies={n_em}, non_emergencies={n_non}) errors={len(errors)}")
sys.exit(1 if errors else 0)
