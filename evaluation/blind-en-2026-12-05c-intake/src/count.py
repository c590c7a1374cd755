"""Validate the three JSONL files and print count tables."""
import json, os, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}

errors = []
def err(msg): errors.append(msg)

def load(name, prefix, fields):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(f"{name}:{n} does not parse: {e}"); continue
            if set(r) != set(fields):
                err(f"{name}:{n} fields {sorted(r)} != {sorted(fields)}")
            if not str(r.get("id", "")).startswith(prefix):
                err(f"{name}:{n} bad id prefix {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{name}:{n} empty text")
            rows.append(r)
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1: err(f"{name}: duplicate id {i}")
    return rows

em = load("emergency.jsonl", "h-e", ["id", "text", "emergency", "family", "kind"])
tr = load("triage.jsonl", "h-t", ["id", "text", "age_range", "gender", "department"])
pr = load("privacy.jsonl", "h-p", ["id", "text", "identifiers", "quasi"])

for r in em:
    if not isinstance(r.get("emergency"), bool): err(f"{r['id']} emergency not bool")
    if r.get("family") not in FAMILIES: err(f"{r['id']} bad family {r.get('family')}")
    if r.get("emergency") is True and r.get("kind") != "now": err(f"{r['id']} emergency kind must be now")
    if r.get("emergency") is False and r.get("kind") not in KINDS_NON: err(f"{r['id']} bad kind {r.get('kind')}")
for r in tr:
    if r.get("department") not in DEPTS: err(f"{r['id']} bad department {r.get('department')}")
    if r.get("age_range") not in AGES: err(f"{r['id']} bad age_range {r.get('age_range')}")
    if r.get("gender") not in GENDERS: err(f"{r['id']} bad gender {r.get('gender')}")
for r in pr:
    ids = r.get("identifiers")
    if not isinstance(ids, list): err(f"{r['id']} identifiers not list"); ids = []
    seen = set()
    for x in ids:
        if not isinstance(x, dict) or set(x) != {"type", "text"}: err(f"{r['id']} bad identifier {x}"); continue
        if x["type"] not in ID_TYPES: err(f"{r['id']} bad identifier type {x['type']}")
        if x["text"] not in r["text"]: err(f"{r['id']} identifier not substring: {x['text']!r}")
        if x["text"] in seen: err(f"{r['id']} identifier listed twice: {x['text']!r}")
        seen.add(x["text"])
    q = r.get("quasi")
    if not isinstance(q, list): err(f"{r['id']} quasi not list"); q = []
    for s in q:
        if not isinstance(s, str) or s not in r["text"]: err(f"{r['id']} quasi not substring: {s!r}")

# duplicate texts within and across files
alltexts = Counter()
for rows in (em, tr, pr):
    for r in rows:
        alltexts[" ".join(r.get("text", "").lower().split())] += 1
for t, c in alltexts.items():
    if c > 1: err(f"duplicate text: {t[:70]!r}")

def table(title, counter, total=True):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {str(k):32s} {v}")
    if total: print(f"  {'TOTAL':32s} {sum(counter.values())}")

print("=== emergency.jsonl ===")
table("emergency label", Counter(str(r["emergency"]) for r in em))
table("emergencies by family", Counter(r["family"] for r in em if r["emergency"]))
table("non-emergencies by kind", Counter(r["kind"] for r in em if not r["emergency"]))
table("non-emergencies by family", Counter(r["family"] for r in em if not r["emergency"]))
print("\n=== triage.jsonl ===")
table("department", Counter(r["department"] for r in tr))
table("age_range", Counter(r["age_range"] for r in tr))
table("gender", Counter(r["gender"] for r in tr))
print("\n=== privacy.jsonl ===")
table("items", Counter("with identifiers" if r["identifiers"] else "no identifiers" for r in pr))
table("identifier types (spans)", Counter(x["type"] for r in pr for x in r["identifiers"]))
table("items with quasi", Counter("with quasi" if r["quasi"] else "no quasi" for r in pr))

# brief-level checks
n_em = sum(1 for r in em if r["emergency"]); n_non = len(em) - n_em
fam_em = Counter(r["family"] for r in em if r["emergency"])
if n_em < 120: err(f"only {n_em} emergencies (<120)")
if n_non < 180: err(f"only {n_non} non-emergencies (<180)")
for f in FAMILIES:
    if fam_em[f] < 3: err(f"family {f} has {fam_em[f]} emergencies (<3)")
for k in KINDS_NON:
    if not any(r["kind"] == k for r in em if not r["emergency"]): err(f"kind {k} missing")
dept = Counter(r["department"] for r in tr)
for d in DEPTS:
    if dept[d] != 4: err(f"department {d} has {dept[d]} items (!=4)")
if len(tr) != 88: err(f"triage has {len(tr)} items (!=88)")
if len(pr) < 130: err(f"privacy has {len(pr)} items (<130)")
if sum(1 for r in pr if r["quasi"]) < 20: err("fewer than 20 privacy items with quasi")

print()
if errors:
    print(f"VALIDATION FAILED: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("VALIDATION OK: all lines parse, fields/ids/labels valid, substrings exact, no duplicate texts")
