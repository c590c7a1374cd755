"""Validate the three JSONL files and print count tables."""
import json, os, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
    "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
    "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency", "sepsis_signs",
    "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child",
    "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
    "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
    "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
    "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
    "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
errors = []

def err(m):
    errors.append(m)

def load(name, prefix, fields):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s:%d does not parse: %s" % (name, n, e)); continue
            if set(r) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for i, c in Counter(ids).items():
        if c > 1: err("%s duplicate id %s" % (name, i))
    return rows

E = load("emergency.jsonl", "k-e", {"id", "text", "emergency", "family", "kind"})
T = load("triage.jsonl", "k-t", {"id", "text", "age_range", "gender", "department"})
P = load("privacy.jsonl", "k-p", {"id", "text", "identifiers", "quasi"})

texts = Counter(r["text"].strip().lower() for r in E + T + P)
for t, c in texts.items():
    if c > 1: err("duplicate text: %r" % t[:60])

for r in E:
    if not isinstance(r["emergency"], bool): err("%s emergency not bool" % r["id"])
    if r["family"] not in FAMILIES: err("%s family %r" % (r["id"], r["family"]))
    if r["emergency"] and r["kind"] != "now": err("%s emergency kind %r" % (r["id"], r["kind"]))
    if not r["emergency"] and r["kind"] not in KINDS: err("%s kind %r" % (r["id"], r["kind"]))
for r in T:
    if r["age_range"] not in AGES: err("%s age %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS: err("%s gender %r" % (r["id"], r["gender"]))
    if r["department"] not in DEPTS: err("%s dept %r" % (r["id"], r["department"]))
for r in P:
    if not isinstance(r["identifiers"], list) or not isinstance(r["quasi"], list):
        err("%s identifiers/quasi not lists" % r["id"]); continue
    seen = set()
    for x in r["identifiers"]:
        if not isinstance(x, dict) or set(x) != {"type", "text"}: err("%s bad identifier %r" % (r["id"], x)); continue
        if x["type"] not in ID_TYPES: err("%s id type %r" % (r["id"], x["type"]))
        if x["text"] not in r["text"]: err("%s span not in text: %r" % (r["id"], x["text"]))
        if x["text"] in seen: err("%s repeated span %r" % (r["id"], x["text"]))
        seen.add(x["text"])
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]: err("%s quasi not in text: %r" % (r["id"], q))

em = [r for r in E if r["emergency"]]; ne = [r for r in E if not r["emergency"]]
famc = Counter(r["family"] for r in em)
P0 = [r for r in P if not r["identifiers"]]
PQ = [r for r in P if r["quasi"]]
deptc = Counter(r["department"] for r in T)
if len(P) < 170: err("privacy < 170")
if not (0.25 <= len(P0) / max(1, len(P)) <= 0.42): err("privacy no-identifier share not about a third")
if len(PQ) < 20: err("quasi items < 20")
if len(T) != 88 or any(deptc[d] != 4 for d in DEPTS): err("triage not exactly 4 per department")
if len(em) < 70: err("emergencies < 70")
if len(ne) < 100: err("non-emergencies < 100")
for f in FAMILIES:
    if famc[f] < 2: err("emergency family %s has %d" % (f, famc[f]))
kindc = Counter(r["kind"] for r in ne)
for k in KINDS:
    if kindc[k] == 0: err("kind %s missing" % k)

print("== emergency.jsonl: %d items, %d emergency, %d non-emergency" % (len(E), len(em), len(ne)))
print("-- emergencies by family")
for f in FAMILIES: print("  %-28s %d" % (f, famc[f]))
print("-- non-emergencies by kind")
for k in KINDS: print("  %-28s %d" % (k, kindc[k]))
print("-- non-emergencies by family")
nfc = Counter(r["family"] for r in ne)
for f in FAMILIES: print("  %-28s %d" % (f, nfc[f]))
print("== triage.jsonl: %d items" % len(T))
for d in DEPTS: print("  %-28s %d" % (d, deptc[d]))
print("-- age_range: " + ", ".join("%s=%d" % (a, Counter(r["age_range"] for r in T)[a]) for a in AGES))
print("-- gender: " + ", ".join("%s=%d" % (g, Counter(r["gender"] for r in T)[g]) for g in GENDERS))
print("== privacy.jsonl: %d items, %d with no identifiers (%.0f%%), %d with quasi" % (
    len(P), len(P0), 100.0 * len(P0) / len(P), len(PQ)))
tc = Counter(x["type"] for r in P for x in r["identifiers"])
for t in ID_TYPES: print("  %-28s %d spans" % (t, tc[t]))
print("  quasi spans                  %d" % sum(len(r["quasi"]) for r in P))
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
