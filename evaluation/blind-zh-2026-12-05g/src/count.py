"""Validates the three JSONL files and prints count tables (standard library only)."""
import json, os, re, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "severe_burn", "choking"]
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}

def load(name, fields, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                fail(f"{name}:{n} does not parse ({e})"); continue
            if set(r) != fields:
                fail(f"{name}:{n} fields {sorted(r)}")
            if not re.fullmatch(prefix + r"\d{3}", str(r.get("id", ""))):
                fail(f"{name}:{n} bad id {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                fail(f"{name}:{n} empty text")
            rows.append(r)
    ids = Counter(r["id"] for r in rows)
    for i, c in ids.items():
        if c > 1: fail(f"{name} duplicate id {i}")
    return rows

P = load("privacy.jsonl", {"id", "text", "identifiers"}, "mz-p")
T = load("triage.jsonl", {"id", "text", "age_range", "gender", "department"}, "mz-t")
E = load("emergency.jsonl", {"id", "text", "emergency", "family", "kind"}, "mz-e")

# duplicates within and across files
texts = Counter(r["text"] for r in P + T + E)
for t, c in texts.items():
    if c > 1: fail(f"duplicate text: {t[:20]}...")

# privacy
tc = Counter(); empty = 0
for r in P:
    ids = r["identifiers"]
    if not isinstance(ids, list): fail(f"{r['id']} identifiers not a list"); continue
    if not ids: empty += 1
    for d in ids:
        if set(d) != {"type", "text"}: fail(f"{r['id']} identifier fields {sorted(d)}")
        if d.get("type") not in ID_TYPES: fail(f"{r['id']} bad type {d.get('type')}")
        if not d.get("text") or d["text"] not in r["text"]: fail(f"{r['id']} span not in text: {d.get('text')}")
        tc[d.get("type")] += 1
if len(P) < 170: fail(f"privacy has {len(P)} < 170")
if not (0.28 <= empty / max(len(P), 1) <= 0.40): fail(f"privacy empty share {empty}/{len(P)} not about a third")

# triage
dc = Counter(r["department"] for r in T)
for r in T:
    if r["department"] not in DEPTS: fail(f"{r['id']} bad department {r['department']}")
    if r["age_range"] not in AGES: fail(f"{r['id']} bad age {r['age_range']}")
    if r["gender"] not in GENDERS: fail(f"{r['id']} bad gender {r['gender']}")
for d in DEPTS:
    if dc[d] != 5: fail(f"department {d} has {dc[d]} != 5")
if len(T) != 110: fail(f"triage has {len(T)} != 110")

# emergency
pos = [r for r in E if r["emergency"] is True]
neg = [r for r in E if r["emergency"] is False]
if len(pos) + len(neg) != len(E): fail("emergency not bool somewhere")
for r in E:
    if r["family"] not in FAMILIES: fail(f"{r['id']} bad family {r['family']}")
    if r["emergency"] is True and r["kind"] != "now": fail(f"{r['id']} emergency kind {r['kind']}")
    if r["emergency"] is False and r["kind"] not in NEG_KINDS: fail(f"{r['id']} bad kind {r['kind']}")
if len(pos) < 60: fail(f"only {len(pos)} emergencies")
if len(neg) < 90: fail(f"only {len(neg)} non-emergencies")
pf = Counter(r["family"] for r in pos); nf = Counter(r["family"] for r in neg)
for f in FAMILIES:
    if pf[f] < 3: fail(f"family {f} has {pf[f]} emergencies < 3")

print(f"privacy.jsonl: {len(P)} items, {empty} with empty list ({empty/len(P):.0%}), {sum(tc.values())} identifiers")
for k in sorted(ID_TYPES): print(f"  {k:15s} {tc[k]}")
print(f"triage.jsonl: {len(T)} items")
for d in DEPTS: print(f"  {d:22s} {dc[d]}")
print("  age_range:", dict(sorted(Counter(r['age_range'] for r in T).items())))
print("  gender:", dict(Counter(r['gender'] for r in T)))
print(f"emergency.jsonl: {len(E)} items, {len(pos)} emergency, {len(neg)} non-emergency")
print(f"  {'family':28s} true false")
for f in FAMILIES: print(f"  {f:28s} {pf[f]:4d} {nf[f]:5d}")
print("  non-emergency kinds:", dict(sorted(Counter(r['kind'] for r in neg).items())))
print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
sys.exit(0 if ok else 1)
