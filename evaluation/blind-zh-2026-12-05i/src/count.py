"""Validate the three JSONL files and print count tables (standard library only)."""
import json, os, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+", "undisclosed"}
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "severe_burn", "choking"}
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
errors = []
def err(m): errors.append(m)

def load(name, fields, prefix):
    rows, ids = [], set()
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as ex:
                err("%s:%d parse error %s" % (name, n, ex)); continue
            if set(r) != fields: err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix): err("%s:%d bad id prefix" % (name, n))
            if r.get("id") in ids: err("%s:%d duplicate id" % (name, n))
            ids.add(r.get("id"))
            if not isinstance(r.get("text"), str) or not r["text"].strip(): err("%s:%d empty text" % (name, n))
            rows.append(r)
    return rows

P = load("privacy.jsonl", {"id", "text", "identifiers"}, "qz-p")
T = load("triage.jsonl", {"id", "text", "age_range", "gender", "department"}, "qz-t")
E = load("emergency.jsonl", {"id", "text", "emergency", "family", "kind"}, "qz-e")

for r in P:
    for it in r["identifiers"]:
        if set(it) != {"type", "text"}: err("%s identifier fields" % r["id"])
        if it.get("type") not in ID_TYPES: err("%s bad type %s" % (r["id"], it.get("type")))
        if not it.get("text") or it["text"] not in r["text"]: err("%s span not in text: %s" % (r["id"], it.get("text")))
for r in T:
    if r["age_range"] not in AGES: err("%s age" % r["id"])
    if r["gender"] not in GENDERS: err("%s gender" % r["id"])
    if r["department"] not in DEPTS: err("%s dept" % r["id"])
for r in E:
    if not isinstance(r["emergency"], bool): err("%s emergency not bool" % r["id"])
    if r["family"] not in FAMILIES: err("%s family" % r["id"])
    if r["emergency"] and r["kind"] != "now": err("%s true item kind must be now" % r["id"])
    if not r["emergency"] and r["kind"] not in NEG_KINDS: err("%s bad kind" % r["id"])

seen = {}
for name, rows in (("privacy", P), ("triage", T), ("emergency", E)):
    for r in rows:
        k = r["text"].strip()
        if k in seen: err("duplicate text %s and %s" % (seen[k], r["id"]))
        seen[k] = r["id"]

empty = sum(1 for r in P if not r["identifiers"])
dept = collections.Counter(r["department"] for r in T)
etrue = [r for r in E if r["emergency"]]; efalse = [r for r in E if not r["emergency"]]
ftrue = collections.Counter(r["family"] for r in etrue)
if len(P) < 170: err("privacy < 170")
if not (0.25 <= empty / max(len(P), 1) <= 0.42): err("privacy empty share off: %d/%d" % (empty, len(P)))
if len(T) != 110 or any(dept[d] != 5 for d in DEPTS): err("triage must be exactly 5 per department (110)")
if len(etrue) < 60: err("emergency true < 60")
if len(efalse) < 90: err("emergency false < 90")
for fam in FAMILIES:
    if ftrue[fam] < 3: err("family %s has < 3 emergencies" % fam)

print("== privacy.jsonl: %d items, %d with empty list (%.0f%%)" % (len(P), empty, 100.0 * empty / len(P)))
tc = collections.Counter(it["type"] for r in P for it in r["identifiers"])
for k in sorted(ID_TYPES): print("  %-14s %d" % (k, tc[k]))
print("== triage.jsonl: %d items" % len(T))
for k in sorted(DEPTS): print("  %-22s %d" % (k, dept[k]))
print("  age_range:", dict(sorted(collections.Counter(r["age_range"] for r in T).items())))
print("  gender:", dict(sorted(collections.Counter(r["gender"] for r in T).items())))
print("== emergency.jsonl: %d items, %d true, %d false" % (len(E), len(etrue), len(efalse)))
ffalse = collections.Counter(r["family"] for r in efalse)
for k in sorted(FAMILIES): print("  %-28s true %d  false %d" % (k, ftrue[k], ffalse[k]))
print("  false kinds:", dict(sorted(collections.Counter(r["kind"] for r in efalse).items())))
if errors:
    print("ERRORS (%d):" % len(errors)); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
