"""Check and count the writer-109 test set (standard library only)."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cu"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    path = os.path.join(OUT, name)
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    return rows


def check_ids(rows, letter, name):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        i = r.get("id")
        if not isinstance(i, str) or not pat.match(i):
            err("%s: bad id %r" % (name, i))
        if i in seen:
            err("%s: duplicate id %r" % (name, i))
        seen.add(i)


def check_keys(r, keys, name):
    if set(r.keys()) != set(keys):
        err("%s %s: keys %s != %s" % (name, r.get("id"), sorted(r.keys()), sorted(keys)))
        return False
    if not isinstance(r["text"], str) or not r["text"].strip():
        err("%s %s: empty text" % (name, r.get("id")))
        return False
    return True


all_texts = Counter()

# ---------------- privacy
priv = load("privacy.jsonl")
check_ids(priv, "p", "privacy")
type_items = Counter()
type_spans = Counter()
n_with = n_trap = n_quasi = 0
for r in priv:
    if not check_keys(r, ["id", "text", "identifiers", "quasi"], "privacy"):
        continue
    all_texts[r["text"]] += 1
    ids = r["identifiers"]
    if not isinstance(ids, list):
        err("privacy %s: identifiers not a list" % r["id"])
        continue
    seen_pairs = set()
    types_here = set()
    for d in ids:
        if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
            err("privacy %s: bad identifier %r" % (r["id"], d))
            continue
        if d["type"] not in ID_TYPES:
            err("privacy %s: bad type %r" % (r["id"], d["type"]))
        if not isinstance(d["text"], str) or not d["text"] or d["text"] not in r["text"]:
            err("privacy %s: identifier %r not verbatim in text" % (r["id"], d["text"]))
        key = (d["type"], d["text"])
        if key in seen_pairs:
            err("privacy %s: identifier listed twice %r" % (r["id"], d["text"]))
        seen_pairs.add(key)
        types_here.add(d["type"])
        type_spans[d["type"]] += 1
    for t in types_here:
        type_items[t] += 1
    q = r["quasi"]
    if not isinstance(q, list) or not all(isinstance(x, str) for x in q):
        err("privacy %s: quasi must be a list of strings" % r["id"])
        q = []
    for x in q:
        if not x or x not in r["text"]:
            err("privacy %s: quasi %r not verbatim in text" % (r["id"], x))
    if len(set(q)) != len(q):
        err("privacy %s: duplicate quasi" % r["id"])
    if ids:
        n_with += 1
    else:
        n_trap += 1
    if q:
        n_quasi += 1

if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if n_with < 150:
    err("privacy: %d with identifiers < 150" % n_with)
if n_trap < 100:
    err("privacy: %d trap-only < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d with quasi < 15" % n_quasi)
for t in ID_TYPES:
    if type_items[t] < 5:
        err("privacy: type %s in only %d items (< 5)" % (t, type_items[t]))
if type_items["name"] < max(type_items[t] for t in ID_TYPES if t != "name"):
    err("privacy: names are not the most frequent type")

print("== privacy: %d items (%d with identifiers, %d trap-only, %d with quasi)" % (len(priv), n_with, n_trap, n_quasi))
print("   by type (items / spans):")
for t in ID_TYPES:
    print("     %-14s %4d / %4d" % (t, type_items[t], type_spans[t]))

# ---------------- triage
tri = load("triage.jsonl")
check_ids(tri, "t", "triage")
dep = Counter()
age = Counter()
gen = Counter()
for r in tri:
    if not check_keys(r, ["id", "text", "department", "age_range", "gender"], "triage"):
        continue
    all_texts[r["text"]] += 1
    if r["department"] not in DEPTS:
        err("triage %s: bad department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("triage %s: bad age_range %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("triage %s: bad gender %r" % (r["id"], r["gender"]))
    dep[r["department"]] += 1
    age[r["age_range"]] += 1
    gen[r["gender"]] += 1
if len(tri) != 88:
    err("triage: %d items != 88" % len(tri))
for d in DEPTS:
    if dep[d] != 4:
        err("triage: department %s has %d items != 4" % (d, dep[d]))
print("== triage: %d items" % len(tri))
print("   by department: " + ", ".join("%s %d" % (d, dep[d]) for d in DEPTS))
print("   by age range:  " + ", ".join("%s %d" % (a, age[a]) for a in AGES))
print("   by gender:     " + ", ".join("%s %d" % (g, gen[g]) for g in GENDERS))

# ---------------- emergency
emg = load("emergency.jsonl")
check_ids(emg, "e", "emergency")
kinds = Counter()
fam_tot = Counter()
fam_now = Counter()
fam_non = Counter()
n_now = n_non = 0
for r in emg:
    if not check_keys(r, ["id", "text", "emergency", "kind", "family"], "emergency"):
        continue
    all_texts[r["text"]] += 1
    if not isinstance(r["emergency"], bool):
        err("emergency %s: emergency not bool" % r["id"])
    if r["family"] not in FAMILIES:
        err("emergency %s: bad family %r" % (r["id"], r["family"]))
    if r["emergency"] is True:
        if r["kind"] != "now":
            err("emergency %s: emergency true but kind %r" % (r["id"], r["kind"]))
        n_now += 1
        fam_now[r["family"]] += 1
    else:
        if r["kind"] not in NON_KINDS:
            err("emergency %s: non-emergency with bad kind %r" % (r["id"], r["kind"]))
        n_non += 1
        fam_non[r["family"]] += 1
    kinds[r["kind"]] += 1
    fam_tot[r["family"]] += 1
if n_now < 120:
    err("emergency: %d now < 120" % n_now)
if n_non < 200:
    err("emergency: %d non < 200" % n_non)
for f in FAMILIES:
    if fam_now[f] < 4:
        err("emergency: family %s has %d now items < 4" % (f, fam_now[f]))
    if fam_non[f] < 1:
        err("emergency: family %s has no non-emergency items" % f)
for k in NON_KINDS:
    if kinds[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, kinds[k]))
print("== emergency: %d items (%d now, %d non)" % (len(emg), n_now, n_non))
print("   by kind: " + ", ".join("%s %d" % (k, kinds[k]) for k in ["now"] + NON_KINDS))
print("   by family (total / now / non):")
for f in FAMILIES:
    print("     %-28s %3d / %3d / %3d" % (f, fam_tot[f], fam_now[f], fam_non[f]))

# ---------------- duplicates across everything
for t, c in all_texts.items():
    if c > 1:
        err("duplicate text (%d times): %r" % (c, t[:80]))

for e in errors:
    print("ERROR:", e)
print("errors: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with, n_trap, n_quasi, len(tri), len(emg), n_now, n_non))
sys.exit(1 if errors else 0)
