"""Check the three JSONL files and print count tables."""
import json, os, sys
from collections import Counter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive",
            "head_injury", "febrile_infant", "meningitis_signs", "severe_abdominal_pain",
            "pregnancy_bleeding_or_pain", "diabetic_emergency", "severe_burn", "choking"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
         "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
ID_TYPES = ["name", "phone", "id_number", "address", "date_of_birth", "email", "handle"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics",
         "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]

errors = []
all_ids = set()
all_texts = set()


def load(name, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"{name}:{n} does not parse: {e}")
                continue
            if not r.get("id", "").startswith(prefix):
                errors.append(f"{name}:{n} bad id {r.get('id')}")
            if r["id"] in all_ids:
                errors.append(f"{name}:{n} duplicate id {r['id']}")
            all_ids.add(r["id"])
            if r["text"] in all_texts:
                errors.append(f"{name}:{n} duplicate text")
            all_texts.add(r["text"])
            rows.append(r)
    return rows


def table(title, counter, keys):
    print(f"\n{title}")
    for k in keys:
        print(f"  {k:28s} {counter.get(k, 0)}")
    extra = set(counter) - set(keys)
    if extra:
        errors.append(f"{title}: unknown labels {extra}")
    print(f"  {'TOTAL':28s} {sum(counter.values())}")


# emergency
em = load("emergency.jsonl", "cz-e")
for r in em:
    if set(r) != {"id", "text", "emergency", "family", "kind"}:
        errors.append(f"{r['id']} fields {sorted(r)}")
    if r["emergency"] != (r["kind"] == "now"):
        errors.append(f"{r['id']} emergency/kind mismatch")
print(f"emergency.jsonl: {len(em)} rows, {sum(r['emergency'] for r in em)} emergency, "
      f"{sum(not r['emergency'] for r in em)} non-emergency")
table("emergency=true by family", Counter(r["family"] for r in em if r["emergency"]), FAMILIES)
table("emergency=false by kind", Counter(r["kind"] for r in em if not r["emergency"]), KINDS[1:])
table("emergency=false by family (brushed against)", Counter(r["family"] for r in em if not r["emergency"]), FAMILIES)

# privacy
pr = load("privacy.jsonl", "cz-p")
tc = Counter()
for r in pr:
    if set(r) != {"id", "text", "identifiers"}:
        errors.append(f"{r['id']} fields {sorted(r)}")
    for ident in r["identifiers"]:
        if ident["type"] not in ID_TYPES:
            errors.append(f"{r['id']} bad type {ident['type']}")
        if ident["text"] not in r["text"]:
            errors.append(f"{r['id']} substring missing: {ident['text']!r}")
        tc[ident["type"]] += 1
with_ids = sum(bool(r["identifiers"]) for r in pr)
print(f"\nprivacy.jsonl: {len(pr)} rows, {with_ids} with identifiers, {len(pr) - with_ids} traps only")
table("identifier spans by type", tc, ID_TYPES)

# triage
tr = load("triage.jsonl", "cz-t")
for r in tr:
    if set(r) != {"id", "text", "age_range", "gender", "department"}:
        errors.append(f"{r['id']} fields {sorted(r)}")
print(f"\ntriage.jsonl: {len(tr)} rows")
table("triage by department", Counter(r["department"] for r in tr), DEPTS)
table("triage by age_range", Counter(r["age_range"] for r in tr), AGES)
table("triage by gender", Counter(r["gender"] for r in tr), GENDERS)

print()
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("all checks passed")
