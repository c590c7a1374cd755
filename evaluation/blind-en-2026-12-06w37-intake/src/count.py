"""Validate the JSONL files and print count tables."""
import json, os, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "y"

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
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {k:<28} {v}")


P = load("privacy.jsonl")
T = load("triage.jsonl")
E = load("emergency.jsonl")

all_texts = Counter()
all_ids = Counter()
for name, rows, letter, fields in (("privacy", P, "p", {"id", "text", "identifiers", "quasi"}),
                                   ("triage", T, "t", {"id", "text", "department", "age_range", "gender"}),
                                   ("emergency", E, "e", {"id", "text", "emergency", "kind", "family"})):
    for r in rows:
        if set(r) != fields:
            err(f"{name} {r.get('id')}: fields {sorted(r)}")
        if not str(r.get("id", "")).startswith(f"{PREFIX}-{letter}"):
            err(f"{name} bad id {r.get('id')}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{name} {r.get('id')}: empty text")
        all_texts[r["text"]] += 1
        all_ids[r["id"]] += 1

for t, c in all_texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:70]}")
for i, c in all_ids.items():
    if c > 1:
        err(f"duplicate id {i}")

# privacy
type_counts = Counter()
with_ids = 0
quasi_n = 0
for r in P:
    ids = r["identifiers"]
    if ids:
        with_ids += 1
    seen = set()
    for d in ids:
        if set(d) != {"type", "text"}:
            err(f"{r['id']}: identifier fields {sorted(d)}")
        if d["type"] not in ID_TYPES:
            err(f"{r['id']}: bad type {d['type']}")
        if d["text"] not in r["text"]:
            err(f"{r['id']}: identifier not substring: {d['text']!r}")
        if d["text"] in seen:
            err(f"{r['id']}: identifier listed twice: {d['text']!r}")
        seen.add(d["text"])
        type_counts[d["type"]] += 1
    for q in r["quasi"]:
        quasi_n += 1
        if q not in r["text"]:
            err(f"{r['id']}: quasi not substring: {q!r}")

# triage
dept = Counter(r["department"] for r in T)
for r in T:
    if r["department"] not in DEPTS:
        err(f"{r['id']}: bad department {r['department']}")
    if r["age_range"] not in AGES:
        err(f"{r['id']}: bad age_range {r['age_range']}")
    if r["gender"] not in GENDERS:
        err(f"{r['id']}: bad gender {r['gender']}")
for d in DEPTS:
    if dept[d] < 4:
        err(f"department {d} has {dept[d]} items")

# emergency
for r in E:
    if not isinstance(r["emergency"], bool):
        err(f"{r['id']}: emergency not bool")
    if r["kind"] not in KINDS:
        err(f"{r['id']}: bad kind {r['kind']}")
    if r["family"] not in FAMILIES:
        err(f"{r['id']}: bad family {r['family']}")
    if r["emergency"] != (r["kind"] == "now"):
        err(f"{r['id']}: emergency/kind mismatch")
n_em = sum(r["emergency"] for r in E)
n_non = len(E) - n_em

print(f"privacy items: {len(P)} (with identifiers {with_ids}, trap-only {len(P) - with_ids}; "
      f"{100 * with_ids / max(len(P), 1):.0f}% with identifiers; quasi flags {quasi_n})")
table("identifier types", type_counts)
print(f"\ntriage items: {len(T)}")
table("departments", dept)
table("age ranges", Counter(r["age_range"] for r in T))
table("genders", Counter(r["gender"] for r in T))
print(f"\nemergency items: {len(E)} (emergencies {n_em}, non-emergencies {n_non})")
table("kinds", Counter(r["kind"] for r in E))
table("families (emergencies)", Counter(r["family"] for r in E if r["emergency"]))
table("families (non-emergencies)", Counter(r["family"] for r in E if not r["emergency"]))

if len(P) < 220: err("fewer than 220 privacy items")
if len(T) < 88: err("fewer than 88 triage items")
if n_em < 110: err("fewer than 110 emergencies")
if n_non < 160: err("fewer than 160 non-emergencies")

print()
if errors:
    print(f"ERRORS ({len(errors)}):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
print(f"SUMMARY: privacy {len(P)}, triage {len(T)}, emergency {n_em}/{n_non}")
