"""Check the built JSONL files against the brief's rules and print counts (standard library only)."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "di"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
MIN_PER_TYPE = {t: 8 for t in ID_TYPES}
MIN_PER_TYPE.update({"licence_plate": 5, "url": 5, "handle": 5})
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    path = os.path.join(OUT, name)
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % name)
        return rows
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, ln, e))
    return rows


def check_ids(rows, letter, name):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        i = r.get("id")
        if not isinstance(i, str) or not pat.match(i):
            err("%s: bad id %r" % (name, i))
        if i in seen:
            err("%s: duplicate id %s" % (name, i))
        seen.add(i)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (name, i))


def dup_texts(rows, name):
    c = Counter(r.get("text") for r in rows)
    for t, n in c.items():
        if n > 1:
            err("%s: duplicated text %r" % (name, t[:60]))


# ---------- privacy ----------
priv = load("privacy.jsonl")
check_ids(priv, "p", "privacy")
dup_texts(priv, "privacy")
type_counts = Counter()
n_with = n_trap = n_quasi = 0
for r in priv:
    text = r.get("text", "")
    idents = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("privacy %s: identifiers/quasi must be lists" % r.get("id"))
        continue
    seen_spans = set()
    for d in idents:
        t, s = d.get("type"), d.get("text")
        if t not in ID_TYPES:
            err("privacy %s: bad identifier type %r" % (r["id"], t))
        if not isinstance(s, str) or not s or s not in text:
            err("privacy %s: span %r not verbatim in text" % (r["id"], s))
            continue
        occ = d.get("occurrence")
        n_occ = text.count(s)
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or occ > n_occ:
                err("privacy %s: bad occurrence %r for %r" % (r["id"], occ, s))
        key = (s, occ)
        if key in seen_spans:
            err("privacy %s: span %r listed twice" % (r["id"], s))
        seen_spans.add(key)
        if t == "name":
            if s.startswith(("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof")) and s.split()[0].rstrip(".") in ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof"):
                err("privacy %s: name span includes a title: %r" % (r["id"], s))
            for m in re.finditer(re.escape(s), text):
                a, b = m.start(), m.end()
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    err("privacy %s: name %r occurs inside a longer word" % (r["id"], s))
        type_counts[t] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi %r not verbatim" % (r["id"], q))
    if idents:
        n_with += 1
    else:
        n_trap += 1
        if quasi:
            err("privacy %s: trap-only item carries a quasi flag" % r["id"])
    if quasi:
        n_quasi += 1
if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if n_with < 150:
    err("privacy: %d with identifiers < 150" % n_with)
if n_trap < 100:
    err("privacy: %d trap-only < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d with quasi < 15" % n_quasi)
item_type_counts = Counter()
for r in priv:
    for t in set(d.get("type") for d in r.get("identifiers", [])):
        item_type_counts[t] += 1
for t in ID_TYPES:
    if type_counts[t] < MIN_PER_TYPE[t]:
        err("privacy: type %s has %d < %d" % (t, type_counts[t], MIN_PER_TYPE[t]))

# ---------- triage ----------
tri = load("triage.jsonl")
check_ids(tri, "t", "triage")
dup_texts(tri, "triage")
dept_c, age_c, gen_c = Counter(), Counter(), Counter()
for r in tri:
    if r.get("department") not in DEPTS:
        err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
    dept_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
if len(tri) != 88:
    err("triage: %d items != 88" % len(tri))
for d in DEPTS:
    if dept_c[d] != 4:
        err("triage: department %s has %d != 4" % (d, dept_c[d]))

# ---------- emergency ----------
em = load("emergency.jsonl")
check_ids(em, "e", "emergency")
dup_texts(em, "emergency")
kind_c, fam_now, fam_non = Counter(), Counter(), Counter()
n_now = n_non = 0
for r in em:
    e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err("emergency %s: emergency must be boolean" % r.get("id"))
    if f not in FAMILIES:
        err("emergency %s: bad family %r" % (r.get("id"), f))
    if e is True:
        if k != "now":
            err("emergency %s: emergency true but kind %r" % (r.get("id"), k))
        n_now += 1
        fam_now[f] += 1
    else:
        if k not in NON_KINDS:
            err("emergency %s: non-emergency with bad kind %r" % (r.get("id"), k))
        n_non += 1
        fam_non[f] += 1
    kind_c[k] += 1
if n_now < 120:
    err("emergency: %d now < 120" % n_now)
if n_non < 200:
    err("emergency: %d non < 200" % n_non)
for f in FAMILIES:
    if fam_now[f] < 4:
        err("emergency: family %s has %d now < 4" % (f, fam_now[f]))
for k in NON_KINDS:
    if kind_c[k] < 15:
        err("emergency: kind %s has %d < 15" % (k, kind_c[k]))


def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


print("== privacy: %d items" % len(priv))
show("identifier spans per type:", type_counts, ID_TYPES)
show("items containing each type:", item_type_counts, ID_TYPES)
print("== triage: %d items" % len(tri))
show("department:", dept_c, DEPTS)
show("age_range:", age_c, AGES)
show("gender:", gen_c, GENDERS)
print("== emergency: %d items" % len(em))
show("kind:", kind_c, ["now"] + NON_KINDS)
show("family (now):", fam_now, FAMILIES)
show("family (non-emergency):", fam_non, FAMILIES)
print("errors: %d" % len(errors))
for e in errors:
    print("  ERROR: " + e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
