# Validates the three JSONL files and prints count tables.
import json, os, sys
from collections import Counter
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FAM = {"heart_attack","stroke","breathing_difficulty","anaphylaxis","severe_bleeding","suicidal_intent","self_harm",
       "overdose_poisoning","seizure","unconscious_unresponsive","head_injury","febrile_infant","meningitis_signs",
       "severe_abdominal_pain","pregnancy_bleeding_or_pain","diabetic_emergency","severe_burn","choking"}
KINDS = {"past_event","examined_or_treated","relative_history","hypothetical_or_general","negated","figure_of_speech",
         "medicine_question","chronic_stable","mild_symptom"}
IDT = {"name","phone","id_number","address","date_of_birth","email","handle"}
AGES = {"0~9","10~19","20~29","30~39","40~49","50~59","60~69","70~79","80+"}
GEN = {"female","male","other","undisclosed"}
DEPTS = {"cardiology","dentistry","dermatology","endocrinology","family-medicine","gastroenterology","general-surgery",
         "hematology-oncology","infectious-diseases","nephrology","neurology","obstetrics-gynecology","ophthalmology",
         "orthopedics","otolaryngology","pediatrics","psychiatry","pulmonology","rehabilitation","rheumatology","urology","nutrition"}
errors = []
def load(name, prefix, fields):
    rows = []
    with open(os.path.join(D, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"{name}:{n} parse {e}"); continue
            if set(r) != set(fields): errors.append(f"{name}:{n} fields {sorted(r)}")
            if not str(r.get("id","")).startswith(prefix): errors.append(f"{name}:{n} id {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip(): errors.append(f"{name}:{n} empty text")
            rows.append(r)
    ids = Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1: errors.append(f"{name} dup id {k}")
    return rows
def table(title, c):
    print(f"  {title}:")
    for k, v in sorted(c.items(), key=lambda kv: str(kv[0])): print(f"    {k:28} {v}")

E = load("emergency.jsonl", "dz-e", ["id","text","emergency","family","kind"])
for r in E:
    if r["family"] not in FAM: errors.append(f"{r['id']} family {r['family']}")
    if r["emergency"] is True and r["kind"] != "now": errors.append(f"{r['id']} kind for emergency")
    if r["emergency"] is False and r["kind"] not in KINDS: errors.append(f"{r['id']} kind {r['kind']}")
    if not isinstance(r["emergency"], bool): errors.append(f"{r['id']} emergency not bool")
P = load("privacy.jsonl", "dz-p", ["id","text","identifiers"])
for r in P:
    for x in r["identifiers"]:
        if set(x) != {"type","text"} or x["type"] not in IDT: errors.append(f"{r['id']} bad identifier {x}")
        elif x["text"] not in r["text"]: errors.append(f"{r['id']} not substring {x['text']}")
T = load("triage.jsonl", "dz-t", ["id","text","age_range","gender","department"])
for r in T:
    if r["age_range"] not in AGES: errors.append(f"{r['id']} age {r['age_range']}")
    if r["gender"] not in GEN: errors.append(f"{r['id']} gender {r['gender']}")
    if r["department"] not in DEPTS: errors.append(f"{r['id']} dept {r['department']}")
alltexts = Counter(r["text"] for r in E + P + T)
for t, v in alltexts.items():
    if v > 1: errors.append(f"duplicate text: {t[:20]}")

print(f"emergency.jsonl: {len(E)} items")
em = [r for r in E if r["emergency"]]; ne = [r for r in E if not r["emergency"]]
print(f"  emergency=true: {len(em)}   emergency=false: {len(ne)}")
table("true by family", Counter(r["family"] for r in em))
table("false by kind", Counter(r["kind"] for r in ne))
table("false by family", Counter(r["family"] for r in ne))
ids = [x for r in P for x in r["identifiers"]]
print(f"privacy.jsonl: {len(P)} items, {len(ids)} identifiers, {sum(1 for r in P if not r['identifiers'])} items with empty list")
table("identifiers by type", Counter(x["type"] for x in ids))
print(f"triage.jsonl: {len(T)} items")
table("by department", Counter(r["department"] for r in T))
table("by age_range", Counter(r["age_range"] for r in T))
table("by gender", Counter(r["gender"] for r in T))
print("ERRORS:" if errors else "all checks passed")
for e in errors: print("  " + e)
sys.exit(1 if errors else 0)
