"""Check the three JSONL files and print count tables. Standard library only."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ab"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_keys(name, r, keys):
    if set(r) != set(keys):
        err("%s %s: fields %s, expected %s" % (name, r.get("id"), sorted(r), sorted(keys)))


priv = load("privacy.jsonl")
tri = load("triage.jsonl")
em = load("emergency.jsonl")

all_ids = set()
all_texts = {}
for fname, rows, letter in (("privacy", priv, "p"), ("triage", tri, "t"), ("emergency", em, "e")):
    for r in rows:
        rid = r.get("id", "")
        if not (rid.startswith("%s-%s" % (PREFIX, letter)) and rid[len(PREFIX) + 2:].isdigit()
                and len(rid[len(PREFIX) + 2:]) == 3):
            err("bad id %r in %s" % (rid, fname))
        if rid in all_ids:
            err("duplicate id %s" % rid)
        all_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s: empty text" % rid)
            continue
        key = " ".join(t.split()).lower()
        if key in all_texts:
            err("duplicate text: %s and %s" % (all_texts[key], rid))
        all_texts[key] = rid

# privacy
type_count = collections.Counter()
with_ids = 0
quasi_n = 0
for r in priv:
    check_keys("privacy", r, ["id", "text", "identifiers", "quasi"])
    ids = r.get("identifiers", [])
    if ids:
        with_ids += 1
    seen = set()
    for i in ids:
        if set(i) != {"type", "text"}:
            err("%s: identifier fields %s" % (r["id"], sorted(i)))
            continue
        if i["type"] not in ID_TYPES:
            err("%s: bad identifier type %r" % (r["id"], i["type"]))
        if i["text"] not in r["text"]:
            err("%s: identifier %r not in text" % (r["id"], i["text"]))
        if i["text"] in seen:
            err("%s: identifier %r listed twice" % (r["id"], i["text"]))
        seen.add(i["text"])
        type_count[i["type"]] += 1
    for q in r.get("quasi", []):
        quasi_n += 1
        if q not in r["text"]:
            err("%s: quasi %r not in text" % (r["id"], q))
for t in ID_TYPES:
    if type_count[t] < 8:
        err("identifier type %s only %d times" % (t, type_count[t]))
if type_count and type_count.most_common(1)[0][0] != "name":
    err("name is not the most frequent identifier type")
if len(priv) < 250:
    err("privacy has only %d items" % len(priv))

# triage
dept_count = collections.Counter()
age_count = collections.Counter()
gender_count = collections.Counter()
for r in tri:
    check_keys("triage", r, ["id", "text", "department", "age_range", "gender"])
    if r.get("department") not in DEPTS:
        err("%s: bad department %r" % (r["id"], r.get("department")))
    if r.get("age_range") not in AGES:
        err("%s: bad age_range %r" % (r["id"], r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("%s: bad gender %r" % (r["id"], r.get("gender")))
    dept_count[r.get("department")] += 1
    age_count[r.get("age_range")] += 1
    gender_count[r.get("gender")] += 1
if len(tri) != 88:
    err("triage has %d items, expected 88" % len(tri))
for d in DEPTS:
    if dept_count[d] != 4:
        err("department %s has %d items" % (d, dept_count[d]))

# emergency
fam_true = collections.Counter()
kind_false = collections.Counter()
fam_false = collections.Counter()
n_true = n_false = 0
for r in em:
    check_keys("emergency", r, ["id", "text", "emergency", "kind", "family"])
    if not isinstance(r.get("emergency"), bool):
        err("%s: emergency not bool" % r["id"])
        continue
    if r.get("family") not in FAMILIES:
        err("%s: bad family %r" % (r["id"], r.get("family")))
    if r["emergency"]:
        n_true += 1
        if r.get("kind") != "now":
            err("%s: emergency true but kind %r" % (r["id"], r.get("kind")))
        fam_true[r.get("family")] += 1
    else:
        n_false += 1
        if r.get("kind") not in KINDS:
            err("%s: bad non-emergency kind %r" % (r["id"], r.get("kind")))
        kind_false[r.get("kind")] += 1
        fam_false[r.get("family")] += 1
if n_true < 110:
    err("only %d emergencies" % n_true)
if n_false < 170:
    err("only %d non-emergencies" % n_false)
for f in FAMILIES:
    if fam_true[f] < 4:
        err("emergency family %s has %d" % (f, fam_true[f]))
for k in KINDS:
    if kind_false[k] < 18:
        err("non-emergency kind %s has %d" % (k, kind_false[k]))


def table(title, counter, order):
    print(title)
    for k in order:
        print("  %-28s %4d" % (k, counter.get(k, 0)))


print("== privacy: %d items, %d with identifiers (%.0f%%), %d trap-only, %d quasi flags"
      % (len(priv), with_ids, 100.0 * with_ids / max(1, len(priv)), len(priv) - with_ids, quasi_n))
table("identifier types", type_count, ID_TYPES)
print("== triage: %d items" % len(tri))
table("departments", dept_count, DEPTS)
table("age ranges", age_count, AGES)
table("genders", gender_count, GENDERS)
print("== emergency: %d items, %d emergencies, %d non-emergencies" % (len(em), n_true, n_false))
table("emergency families (true)", fam_true, FAMILIES)
table("non-emergency kinds", kind_false, KINDS)
table("non-emergency families", fam_false, FAMILIES)

if errors:
    print("== %d ERRORS" % len(errors))
    for e in errors:
        print("  " + e)
print("SUMMARY: privacy=%d (identifiers=%d, trap-only=%d, quasi=%d) triage=%d emergency=%d (true=%d, false=%d) errors=%d"
      % (len(priv), with_ids, len(priv) - with_ids, quasi_n, len(tri), len(em), n_true, n_false, len(errors)))
sys.exit(1 if errors else 0)
