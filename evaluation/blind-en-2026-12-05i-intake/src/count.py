"""Validate the three JSONL files and print count tables."""
import json, os, re, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_TYPES = {"name","phone","email","address","id_number","date_of_birth","url","handle","licence_plate"}
DEPTS = ["cardiology","dentistry","dermatology","endocrinology","family-medicine","gastroenterology","general-surgery",
 "hematology-oncology","infectious-diseases","nephrology","neurology","obstetrics-gynecology","ophthalmology",
 "orthopedics","otolaryngology","pediatrics","psychiatry","pulmonology","rehabilitation","rheumatology","urology","nutrition"]
AGES = {"0~9","10~19","20~29","30~39","40~49","50~59","60~69","70~79","80+"}
GENDERS = {"female","male","other","undisclosed"}
FAMILIES = ["heart_attack","stroke","breathing_difficulty","anaphylaxis","severe_bleeding","suicidal_intent","self_harm",
 "overdose_poisoning","seizure","unconscious_unresponsive","head_injury","febrile_infant","meningitis_signs",
 "severe_abdominal_pain","pregnancy_bleeding_or_pain","diabetic_emergency","sepsis_signs","severe_burn","choking",
 "testicular_torsion","ectopic_pregnancy","severe_dehydration_child","chest_pain_other","vision_loss_sudden",
 "blood_clot_PE","cauda_equina"]
KINDS = ["past_event","examined_or_treated","relative_history","hypothetical_or_general","negated",
 "figure_of_speech","medicine_question","chronic_stable","mild_symptom"]
errors = []
def err(m): errors.append(m)
def load(name, fields, prefix):
    rows = []
    for n, line in enumerate(open(os.path.join(OUT, name), encoding="utf-8"), 1):
        try: r = json.loads(line)
        except Exception as e: err(f"{name}:{n} bad json {e}"); continue
        if set(r) != fields: err(f"{name}:{n} fields {sorted(r)}")
        if not re.fullmatch(prefix + r"\d{3}", r.get("id", "")): err(f"{name}:{n} id {r.get('id')}")
        if not isinstance(r.get("text"), str) or not r["text"].strip(): err(f"{name}:{n} empty text")
        rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)): err(f"{name} duplicate ids")
    return rows
P = load("privacy.jsonl", {"id","text","identifiers","quasi"}, "q-p")
T = load("triage.jsonl", {"id","text","age_range","gender","department"}, "q-t")
E = load("emergency.jsonl", {"id","text","emergency","family","kind"}, "q-e")
for r in P:
    for it in r["identifiers"]:
        if set(it) != {"type","text"}: err(f"{r['id']} identifier fields")
        if it["type"] not in ID_TYPES: err(f"{r['id']} bad type {it['type']}")
        if it["text"] not in r["text"]: err(f"{r['id']} span not in text: {it['text']}")
    if len({(i['type'], i['text']) for i in r["identifiers"]}) != len(r["identifiers"]): err(f"{r['id']} repeated identifier")
    for q in r["quasi"]:
        if q not in r["text"]: err(f"{r['id']} quasi not in text")
for r in T:
    if r["department"] not in DEPTS: err(f"{r['id']} dept")
    if r["age_range"] not in AGES: err(f"{r['id']} age")
    if r["gender"] not in GENDERS: err(f"{r['id']} gender")
for r in E:
    if not isinstance(r["emergency"], bool): err(f"{r['id']} emergency not bool")
    if r["family"] not in FAMILIES: err(f"{r['id']} family")
    if r["emergency"] and r["kind"] != "now": err(f"{r['id']} emergency kind must be now")
    if not r["emergency"] and r["kind"] not in KINDS: err(f"{r['id']} kind")
texts = [r["text"].strip().lower() for r in P + T + E]
dups = [t for t, c in Counter(texts).items() if c > 1]
if dups: err(f"{len(dups)} duplicate texts")
# minimum counts
noid = sum(1 for r in P if not r["identifiers"]); withq = sum(1 for r in P if r["quasi"])
if len(P) < 170: err("privacy < 170")
if not (len(P) * 0.28 <= noid <= len(P) * 0.40): err(f"no-identifier share off: {noid}/{len(P)}")
if withq < 20: err("quasi items < 20")
dc = Counter(r["department"] for r in T)
if len(T) != 88 or any(dc[d] != 4 for d in DEPTS): err("triage not exactly 4 per department")
em = [r for r in E if r["emergency"]]; ne = [r for r in E if not r["emergency"]]
if len(em) < 70: err("emergencies < 70")
if len(ne) < 100: err("non-emergencies < 100")
fc = Counter(r["family"] for r in em)
for f in FAMILIES:
    if fc[f] < 2: err(f"family {f} has {fc[f]} emergencies")
kc = Counter(r["kind"] for r in ne)
for k in KINDS:
    if kc[k] == 0: err(f"kind {k} missing")

print(f"privacy.jsonl: {len(P)} items; {noid} without identifiers; {withq} with quasi")
for k, v in sorted(Counter(i["type"] for r in P for i in r["identifiers"]).items()): print(f"  {k:14s} {v}")
print(f"triage.jsonl: {len(T)} items")
for d in DEPTS: print(f"  {d:22s} {dc[d]}")
print("  gender:", dict(sorted(Counter(r['gender'] for r in T).items())))
print("  age:", dict(sorted(Counter(r['age_range'] for r in T).items())))
print(f"emergency.jsonl: {len(E)} items; {len(em)} emergencies; {len(ne)} non-emergencies")
print("  emergencies per family:")
for f in FAMILIES: print(f"    {f:26s} {fc[f]}")
print("  non-emergencies per kind:")
for k in KINDS: print(f"    {k:26s} {kc[k]}")
print("  non-emergencies per family:", dict(sorted(Counter(r['family'] for r in ne).items())))
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("ALL CHECKS PASSED")
