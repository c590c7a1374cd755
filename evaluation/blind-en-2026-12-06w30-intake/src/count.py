"""Validate the JSONL files and print count tables."""
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
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                errors.append(f"{name}:{n} bad json {e}")
    return rows


def check_keys(name, r, keys):
    if set(r) != set(keys):
        errors.append(f"{name} {r.get('id')}: keys {sorted(r)} != {sorted(keys)}")


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:28s} {counter.get(k, 0)}")


priv = load("privacy.jsonl")
tri = load("triage.jsonl")
emg = load("emergency.jsonl")

all_texts = collections.Counter()
seen_ids = set()

# privacy
ptype = collections.Counter()
with_ids = 0
quasi_n = 0
for r in priv:
    check_keys("privacy", r, ["id", "text", "identifiers", "quasi"])
    if not re.fullmatch(r"r-p\d{3}", r["id"]):
        errors.append(f"bad id {r['id']}")
    all_texts[r["text"]] += 1
    seen_ids.add(r["id"])
    if r["identifiers"]:
        with_ids += 1
    seen_pairs = set()
    for ident in r["identifiers"]:
        if set(ident) != {"type", "text"}:
            errors.append(f"{r['id']}: identifier keys {ident}")
        if ident["type"] not in ID_TYPES:
            errors.append(f"{r['id']}: bad type {ident['type']}")
        if ident["text"] not in r["text"]:
            errors.append(f"{r['id']}: identifier not substring: {ident['text']!r}")
        if ident["text"] in seen_pairs:
            errors.append(f"{r['id']}: identifier listed twice: {ident['text']!r}")
        seen_pairs.add(ident["text"])
        ptype[ident["type"]] += 1
    for q in r["quasi"]:
        quasi_n += 1
        if not isinstance(q, str) or q not in r["text"]:
            errors.append(f"{r['id']}: quasi not substring: {q!r}")

# triage
dept = collections.Counter()
ages = collections.Counter()
gend = collections.Counter()
for r in tri:
    check_keys("triage", r, ["id", "text", "department", "age_range", "gender"])
    if not re.fullmatch(r"r-t\d{3}", r["id"]):
        errors.append(f"bad id {r['id']}")
    all_texts[r["text"]] += 1
    if r["department"] not in DEPTS:
        errors.append(f"{r['id']}: bad department {r['department']}")
    if r["age_range"] not in AGES:
        errors.append(f"{r['id']}: bad age {r['age_range']}")
    if r["gender"] not in GENDERS:
        errors.append(f"{r['id']}: bad gender {r['gender']}")
    dept[r["department"]] += 1
    ages[r["age_range"]] += 1
    gend[r["gender"]] += 1
for d in DEPTS:
    if dept[d] < 4:
        errors.append(f"department {d} has only {dept[d]} items")

# emergency
kinds = collections.Counter()
fam_now = collections.Counter()
fam_non = collections.Counter()
n_em = n_non = 0
for r in emg:
    check_keys("emergency", r, ["id", "text", "emergency", "kind", "family"])
    if not re.fullmatch(r"r-e\d{3}", r["id"]):
        errors.append(f"bad id {r['id']}")
    all_texts[r["text"]] += 1
    if not isinstance(r["emergency"], bool):
        errors.append(f"{r['id']}: emergency not bool")
    if r["kind"] not in KINDS:
        errors.append(f"{r['id']}: bad kind {r['kind']}")
    if r["family"] not in FAMILIES:
        errors.append(f"{r['id']}: bad family {r['family']}")
    if r["emergency"] != (r["kind"] == "now"):
        errors.append(f"{r['id']}: emergency/kind mismatch")
    kinds[r["kind"]] += 1
    if r["emergency"]:
        n_em += 1
        fam_now[r["family"]] += 1
    else:
        n_non += 1
        fam_non[r["family"]] += 1

# duplicates (exact and case/space-insensitive)
for t, c in all_texts.items():
    if c > 1:
        errors.append(f"duplicate text: {t[:60]!r}")
norm = collections.Counter(" ".join(t.lower().split()) for t in all_texts)
for t, c in norm.items():
    if c > 1:
        errors.append(f"near-duplicate text: {t[:60]!r}")

if len(priv) < 220:
    errors.append(f"privacy has {len(priv)} < 220")
if len(tri) < 88:
    errors.append(f"triage has {len(tri)} < 88")
if n_em < 110:
    errors.append(f"emergencies {n_em} < 110")
if n_non < 160:
    errors.append(f"non-emergencies {n_non} < 160")

print(f"privacy items: {len(priv)} (with identifiers {with_ids}, trap-only {len(priv) - with_ids}, "
      f"{100.0 * with_ids / max(1, len(priv)):.0f}% with identifiers; quasi flags {quasi_n})")
table("privacy identifier types", ptype,
      ["name", "id_number", "phone", "date_of_birth", "address", "email", "handle", "licence_plate", "url"])
print(f"\ntriage items: {len(tri)}")
table("triage departments", dept, DEPTS)
table("triage age ranges", ages, AGES)
table("triage genders", gend, ["female", "male", "other", "undisclosed"])
print(f"\nemergency items: {len(emg)} (emergencies {n_em} / non-emergencies {n_non})")
table("emergency kinds", kinds, KINDS)
table("emergency families (now)", fam_now, FAMILIES)
table("non-emergency families", fam_non, FAMILIES)

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
print(f"SUMMARY privacy={len(priv)} triage={len(tri)} emergencies={n_em}/non-emergencies={n_non}")
