"""Validate the three JSONL files and print count tables."""
import json, os, re, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "severe_burn", "choking"]
NEG_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
ID_TYPES = ["name", "phone", "id_number", "address", "date_of_birth", "email", "handle"]

errors = []
def err(msg):
    errors.append(msg)

def load(name, fields, prefix):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s line %d does not parse: %s" % (name, n, e)); continue
            if set(r) != set(fields):
                err("%s line %d fields %s" % (name, n, sorted(r)))
            if not re.fullmatch(prefix + r"\d{3}", str(r.get("id", ""))):
                err("%s line %d bad id %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s line %d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err("%s duplicate id %s" % (name, i))
    return rows

em = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "nz-e")
tr = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "nz-t")
pr = load("privacy.jsonl", ["id", "text", "identifiers"], "nz-p")

# emergency
for r in em:
    if not isinstance(r["emergency"], bool): err("%s emergency not bool" % r["id"])
    if r["family"] not in FAMILIES: err("%s bad family" % r["id"])
    if r["emergency"] and r["kind"] != "now": err("%s emergency with kind %s" % (r["id"], r["kind"]))
    if not r["emergency"] and r["kind"] not in NEG_KINDS: err("%s bad kind %s" % (r["id"], r["kind"]))
pos = [r for r in em if r["emergency"]]; neg = [r for r in em if not r["emergency"]]
if len(pos) < 60: err("fewer than 60 emergencies")
if len(neg) < 90: err("fewer than 90 non-emergencies")
pf = Counter(r["family"] for r in pos)
for fam in FAMILIES:
    if pf[fam] < 3: err("family %s has %d emergencies" % (fam, pf[fam]))

# triage
for r in tr:
    if r["department"] not in DEPTS: err("%s bad department" % r["id"])
    if r["age_range"] not in AGES: err("%s bad age_range" % r["id"])
    if r["gender"] not in GENDERS: err("%s bad gender" % r["id"])
dc = Counter(r["department"] for r in tr)
for d in DEPTS:
    if dc[d] != 5: err("department %s has %d" % (d, dc[d]))
if len(tr) != 110: err("triage has %d items" % len(tr))

# privacy
for r in pr:
    if not isinstance(r["identifiers"], list): err("%s identifiers not list" % r["id"]); continue
    for x in r["identifiers"]:
        if not isinstance(x, dict) or set(x) != {"type", "text"}: err("%s bad identifier %r" % (r["id"], x)); continue
        if x["type"] not in ID_TYPES: err("%s bad identifier type %s" % (r["id"], x["type"]))
        if not x["text"] or x["text"] not in r["text"]: err("%s span not in text: %r" % (r["id"], x["text"]))
if len(pr) < 170: err("privacy has %d items" % len(pr))
empty = sum(1 for r in pr if not r["identifiers"])
if not (0.25 <= empty / max(len(pr), 1) <= 0.42): err("empty share %d/%d not about a third" % (empty, len(pr)))

# duplicate texts within and across files
alltexts = Counter(r["text"].strip() for r in em + tr + pr)
for t, c in alltexts.items():
    if c > 1: err("duplicate text (%d times): %s..." % (c, t[:20]))

def table(title, counter, keys=None):
    print("\n" + title)
    for k in (keys or sorted(counter)):
        print("  %-28s %d" % (k, counter[k]))

print("emergency.jsonl: %d items (%d emergencies, %d non-emergencies)" % (len(em), len(pos), len(neg)))
table("emergencies by family", pf, FAMILIES)
table("non-emergencies by family", Counter(r["family"] for r in neg), FAMILIES)
table("non-emergencies by kind", Counter(r["kind"] for r in neg), NEG_KINDS)
print("\ntriage.jsonl: %d items" % len(tr))
table("by department", dc, DEPTS)
table("by age_range", Counter(r["age_range"] for r in tr), AGES)
table("by gender", Counter(r["gender"] for r in tr), GENDERS)
print("\nprivacy.jsonl: %d items (%d with identifiers, %d empty)" % (len(pr), len(pr) - empty, empty))
table("identifier spans by type", Counter(x["type"] for r in pr for x in r["identifiers"]), ID_TYPES)
table("items containing type", Counter(t for r in pr for t in {x["type"] for x in r["identifiers"]}), ID_TYPES)

print()
if errors:
    print("VALIDATION FAILED (%d problems)" % len(errors))
    for e in errors: print("  " + e)
    sys.exit(1)
print("VALIDATION OK")
