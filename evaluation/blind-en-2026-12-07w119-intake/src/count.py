"""Check the three .jsonl files against the brief and print counts. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "de"

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
        err("missing file " + name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def count_occ(text, sub):
    n, start = 0, 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return n
        n += 1
        start = i + 1


def check_ids(rows, letter, task):
    seen = set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith("%s-%s" % (PREFIX, letter)) or len(rid) != len(PREFIX) + 5:
            err("%s: bad id %r" % (task, rid))
        if rid in seen:
            err("%s: duplicate id %r" % (task, rid))
        seen.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (task, rid))
    texts = Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicated text %r" % (task, t[:60]))


def show(title, counter, order=None):
    keys = order if order else sorted(counter)
    print("  %s: %s" % (title, ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys)))


# ---------------- privacy
priv = load("privacy.jsonl")
check_ids(priv, "p", "privacy")
type_counts = Counter()
with_ids = trap_only = with_quasi = 0
for r in priv:
    rid, text = r.get("id"), r.get("text", "")
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: unexpected keys %s" % (rid, sorted(r)))
    idents = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("privacy %s: identifiers/quasi must be lists" % rid)
        continue
    seen_pairs = set()
    for ident in idents:
        t, s = ident.get("type"), ident.get("text")
        if t not in ID_TYPES:
            err("privacy %s: bad identifier type %r" % (rid, t))
        if not isinstance(s, str) or not s:
            err("privacy %s: empty identifier text" % rid)
            continue
        n = count_occ(text, s)
        if n == 0:
            err("privacy %s: identifier %r not verbatim in text" % (rid, s))
        occ = ident.get("occurrence")
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or occ > n:
                err("privacy %s: bad occurrence %r for %r" % (rid, occ, s))
        key = (s, occ)
        if key in seen_pairs:
            err("privacy %s: identifier %r listed twice" % (rid, s))
        seen_pairs.add(key)
        if set(ident) - {"type", "text", "occurrence"}:
            err("privacy %s: unexpected identifier keys" % rid)
        type_counts[t] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi %r not verbatim in text" % (rid, q))
    if idents:
        with_ids += 1
    elif not quasi:
        trap_only += 1
    if quasi:
        with_quasi += 1
items_per_type = Counter()
for r in priv:
    for t in set(i.get("type") for i in r.get("identifiers", [])):
        items_per_type[t] += 1

if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if with_ids < 150:
    err("privacy: %d with identifiers < 150" % with_ids)
if trap_only < 100:
    err("privacy: %d trap-only < 100" % trap_only)
if with_quasi < 15:
    err("privacy: %d with quasi < 15" % with_quasi)
for t in ID_TYPES:
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if items_per_type[t] < need:
        err("privacy: type %s in %d items < %d" % (t, items_per_type[t], need))

# ---------------- triage
tri = load("triage.jsonl")
check_ids(tri, "t", "triage")
dept_c, age_c, gen_c = Counter(), Counter(), Counter()
for r in tri:
    rid = r.get("id")
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s: unexpected keys %s" % (rid, sorted(r)))
    if r.get("department") not in DEPTS:
        err("triage %s: bad department %r" % (rid, r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (rid, r.get("gender")))
    dept_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
if len(tri) != 88:
    err("triage: %d items != 88" % len(tri))
for d in DEPTS:
    if dept_c[d] != 4:
        err("triage: department %s has %d items != 4" % (d, dept_c[d]))

# ---------------- emergency
em = load("emergency.jsonl")
check_ids(em, "e", "emergency")
kind_c, fam_now, fam_non, kind_fam = Counter(), Counter(), Counter(), Counter()
n_now = n_non = 0
for r in em:
    rid = r.get("id")
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: unexpected keys %s" % (rid, sorted(r)))
    e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err("emergency %s: emergency must be bool" % rid)
    if f not in FAMILIES:
        err("emergency %s: bad family %r" % (rid, f))
    if e is True:
        n_now += 1
        if k != "now":
            err("emergency %s: emergency true but kind %r" % (rid, k))
        fam_now[f] += 1
    elif e is False:
        n_non += 1
        if k not in NON_KINDS:
            err("emergency %s: non-emergency with kind %r" % (rid, k))
        fam_non[f] += 1
    kind_c[k] += 1
if n_now < 120:
    err("emergency: %d emergencies < 120" % n_now)
if n_non < 200:
    err("emergency: %d non-emergencies < 200" % n_non)
for f in FAMILIES:
    if fam_now[f] < 4:
        err("emergency: family %s has %d emergencies < 4" % (f, fam_now[f]))
for k in NON_KINDS:
    if kind_c[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, kind_c[k]))

# ---------------- report
print("PRIVACY")
print("  items: %d (with identifiers %d, trap-only %d, with quasi %d)" % (len(priv), with_ids, trap_only, with_quasi))
show("identifier spans per type", type_counts, ID_TYPES)
show("items per type", items_per_type, ID_TYPES)
print("TRIAGE")
print("  items: %d" % len(tri))
show("department", dept_c, DEPTS)
show("age_range", age_c, AGES)
show("gender", gen_c, GENDERS)
print("EMERGENCY")
print("  items: %d (now %d, non %d)" % (len(em), n_now, n_non))
show("kind", kind_c, ["now"] + NON_KINDS)
show("family (now)", fam_now, FAMILIES)
show("family (non)", fam_non, FAMILIES)
print("ERRORS: %d" % len(errors))
for e in errors:
    print("  - " + e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
