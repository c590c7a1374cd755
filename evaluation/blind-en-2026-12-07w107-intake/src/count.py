"""Check and count the en107-intake test set. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "cs"

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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(OUT, name + ".jsonl")
    items = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return items
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return items


def check_ids(items, letter, name):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for it in items:
        i = it.get("id")
        if not isinstance(i, str) or not pat.match(i):
            err("%s: bad id %r" % (name, i))
        if i in seen:
            err("%s: duplicate id %r" % (name, i))
        seen.add(i)


def check_text(it, name):
    t = it.get("text")
    if not isinstance(t, str) or not t.strip():
        err("%s %s: empty or missing text" % (name, it.get("id")))
        return ""
    return t


all_texts = Counter()

# ---------------- privacy ----------------
priv = load("privacy")
check_ids(priv, "p", "privacy")
type_counts = Counter()
n_with_ids = n_trap = n_quasi = 0
for it in priv:
    iid = it.get("id")
    if set(it.keys()) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: fields %s" % (iid, sorted(it.keys())))
    t = check_text(it, "privacy")
    all_texts[t] += 1
    ids = it.get("identifiers")
    if not isinstance(ids, list):
        err("privacy %s: identifiers not a list" % iid)
        ids = []
    seen_pairs = set()
    for d in ids:
        if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
            err("privacy %s: bad identifier %r" % (iid, d))
            continue
        if d["type"] not in ID_TYPES:
            err("privacy %s: bad type %r" % (iid, d["type"]))
        if not isinstance(d["text"], str) or not d["text"]:
            err("privacy %s: empty identifier text" % iid)
            continue
        if d["text"] not in t:
            err("privacy %s: identifier %r not in text" % (iid, d["text"]))
        if d["text"] != d["text"].strip():
            err("privacy %s: identifier %r has outer whitespace" % (iid, d["text"]))
        if d["text"] in seen_pairs:
            err("privacy %s: identifier %r listed twice" % (iid, d["text"]))
        seen_pairs.add(d["text"])
        type_counts[d["type"]] += 1
    q = it.get("quasi")
    if not isinstance(q, list):
        err("privacy %s: quasi not a list" % iid)
        q = []
    for s in q:
        if not isinstance(s, str) or not s:
            err("privacy %s: bad quasi %r" % (iid, s))
        elif s not in t:
            err("privacy %s: quasi %r not in text" % (iid, s))
    if len(set(q)) != len(q):
        err("privacy %s: duplicate quasi" % iid)
    if ids:
        n_with_ids += 1
    else:
        n_trap += 1
    if q:
        n_quasi += 1

if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if n_with_ids < 150:
    err("privacy: %d items with identifiers < 150" % n_with_ids)
if n_trap < 100:
    err("privacy: %d trap-only items < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d items with quasi < 15" % n_quasi)
for ty in ID_TYPES:
    need = 3 if ty != "name" else 50
    if type_counts[ty] < need:
        err("privacy: type %s only %d times" % (ty, type_counts[ty]))

# ---------------- triage ----------------
tri = load("triage")
check_ids(tri, "t", "triage")
dept_c, age_c, gen_c = Counter(), Counter(), Counter()
for it in tri:
    iid = it.get("id")
    if set(it.keys()) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s: fields %s" % (iid, sorted(it.keys())))
    t = check_text(it, "triage")
    all_texts[t] += 1
    if it.get("department") not in DEPTS:
        err("triage %s: bad department %r" % (iid, it.get("department")))
    if it.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (iid, it.get("age_range")))
    if it.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (iid, it.get("gender")))
    dept_c[it.get("department")] += 1
    age_c[it.get("age_range")] += 1
    gen_c[it.get("gender")] += 1
if len(tri) != 88:
    err("triage: %d items, need exactly 88" % len(tri))
for d in DEPTS:
    if dept_c[d] != 4:
        err("triage: department %s has %d items, need 4" % (d, dept_c[d]))

# ---------------- emergency ----------------
emg = load("emergency")
check_ids(emg, "e", "emergency")
kind_c = Counter()
fam_tot, fam_now, fam_non = Counter(), Counter(), Counter()
for it in emg:
    iid = it.get("id")
    if set(it.keys()) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: fields %s" % (iid, sorted(it.keys())))
    t = check_text(it, "emergency")
    all_texts[t] += 1
    e = it.get("emergency")
    k = it.get("kind")
    f = it.get("family")
    if not isinstance(e, bool):
        err("emergency %s: emergency not bool" % iid)
    if f not in FAMILIES:
        err("emergency %s: bad family %r" % (iid, f))
    if e is True and k != "now":
        err("emergency %s: emergency true but kind %r" % (iid, k))
    if e is False and k not in KINDS:
        err("emergency %s: non-emergency with bad kind %r" % (iid, k))
    kind_c[k] += 1
    fam_tot[f] += 1
    if e is True:
        fam_now[f] += 1
    else:
        fam_non[f] += 1
n_now = sum(fam_now.values())
n_non = sum(fam_non.values())
if n_now < 120:
    err("emergency: %d now < 120" % n_now)
if n_non < 200:
    err("emergency: %d non < 200" % n_non)
for f in FAMILIES:
    if fam_now[f] < 4:
        err("emergency: family %s has %d now < 4" % (f, fam_now[f]))
    if fam_non[f] < 2:
        err("emergency: family %s has %d non < 2 (spread)" % (f, fam_non[f]))
for k in KINDS:
    if kind_c[k] < 15:
        err("emergency: kind %s has %d < 15" % (k, kind_c[k]))

for t, c in all_texts.items():
    if c > 1:
        err("duplicate text (%d times): %r" % (c, t[:80]))

# ---------------- report ----------------
print("== privacy ==")
print("items %d, with identifiers %d, trap-only %d, with quasi %d" % (len(priv), n_with_ids, n_trap, n_quasi))
for ty in ID_TYPES:
    print("  type %-14s %d" % (ty, type_counts[ty]))
print("== triage ==")
print("items %d" % len(tri))
for d in DEPTS:
    print("  dept %-22s %d" % (d, dept_c[d]))
for a in AGES:
    print("  age  %-6s %d" % (a, age_c[a]))
for g in GENDERS:
    print("  gender %-12s %d" % (g, gen_c[g]))
print("== emergency ==")
print("items %d, now %d, non %d" % (len(emg), n_now, n_non))
for k in ["now"] + KINDS:
    print("  kind %-24s %d" % (k, kind_c[k]))
for f in FAMILIES:
    print("  family %-28s total %3d  now %2d  non %2d" % (f, fam_tot[f], fam_now[f], fam_non[f]))
print("errors: %d" % len(errors))
for e in errors[:60]:
    print("  ERROR:", e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with_ids, n_trap, n_quasi, len(tri), len(emg), n_now, n_non))
sys.exit(1 if errors else 0)
