#!/usr/bin/env python3
"""Check the built test set and print counts. Standard library only."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "cp"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    path = os.path.join(ROOT, name)
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
            except Exception as e:  # noqa
                err("%s line %d: bad json %s" % (name, n, e))
    return rows


def check_common(rows, task, letter, keys):
    seen_ids, seen_texts = set(), set()
    for i, r in enumerate(rows):
        rid = r.get("id", "?")
        if set(r.keys()) != set(keys):
            err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
        if not (isinstance(rid, str) and rid.startswith(PREFIX + "-" + letter) and len(rid) == len(PREFIX) + 5
                and rid[-3:].isdigit()):
            err("%s: bad id %r" % (task, rid))
        if rid in seen_ids:
            err("%s: duplicate id %s" % (task, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        key = " ".join(t.split()).lower()
        if key in seen_texts:
            err("%s %s: duplicate text" % (task, rid))
        seen_texts.add(key)


# ---------------- privacy
priv = load("privacy.jsonl")
check_common(priv, "privacy", "p", ["id", "text", "identifiers", "quasi"])
type_counts = Counter()
n_ident = n_trap = n_quasi = 0
for r in priv:
    t = r.get("text", "")
    ids = r.get("identifiers")
    q = r.get("quasi")
    if not isinstance(ids, list):
        err("privacy %s: identifiers not a list" % r.get("id"))
        ids = []
    if not isinstance(q, list):
        err("privacy %s: quasi not a list" % r.get("id"))
        q = []
    seen = set()
    for d in ids:
        if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
            err("privacy %s: bad identifier %r" % (r.get("id"), d))
            continue
        if d["type"] not in ID_TYPES:
            err("privacy %s: bad type %r" % (r.get("id"), d["type"]))
        if not d["text"] or d["text"] not in t:
            err("privacy %s: identifier not verbatim %r" % (r.get("id"), d["text"]))
        if (d["type"], d["text"]) in seen:
            err("privacy %s: repeated identifier %r" % (r.get("id"), d["text"]))
        seen.add((d["type"], d["text"]))
        type_counts[d["type"]] += 1
    for s in q:
        if not isinstance(s, str) or not s or s not in t:
            err("privacy %s: quasi not verbatim %r" % (r.get("id"), s))
    if ids:
        n_ident += 1
    else:
        n_trap += 1
    if q:
        n_quasi += 1

print("== privacy: %d items (%d with identifiers, %d trap-only, %d with quasi)" % (len(priv), n_ident, n_trap, n_quasi))
for k in sorted(ID_TYPES):
    print("  %-14s %d" % (k, type_counts[k]))
    if type_counts[k] < 3:
        err("privacy: type %s only %d times" % (k, type_counts[k]))
if len(priv) < 260:
    err("privacy: %d < 260 items" % len(priv))
if n_ident < 150:
    err("privacy: %d < 150 with identifiers" % n_ident)
if n_trap < 100:
    err("privacy: %d < 100 trap-only" % n_trap)
if n_quasi < 15:
    err("privacy: %d < 15 with quasi" % n_quasi)

# ---------------- triage
tri = load("triage.jsonl")
check_common(tri, "triage", "t", ["id", "text", "department", "age_range", "gender"])
dc, ac, gc = Counter(), Counter(), Counter()
for r in tri:
    if r.get("department") not in DEPTS:
        err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
    dc[r.get("department")] += 1
    ac[r.get("age_range")] += 1
    gc[r.get("gender")] += 1
print("== triage: %d items" % len(tri))
print("  by department:")
for d in DEPTS:
    print("    %-22s %d" % (d, dc[d]))
    if dc[d] != 4:
        err("triage: department %s has %d items (need 4)" % (d, dc[d]))
print("  by age range:")
for a in AGES:
    print("    %-6s %d" % (a, ac[a]))
print("  by gender:")
for g in GENDERS:
    print("    %-12s %d" % (g, gc[g]))
if len(tri) != 88:
    err("triage: %d items (need exactly 88)" % len(tri))

# ---------------- emergency
em = load("emergency.jsonl")
check_common(em, "emergency", "e", ["id", "text", "emergency", "kind", "family"])
kc = Counter()
fam_tot, fam_now, fam_non = Counter(), Counter(), Counter()
n_now = n_non = 0
for r in em:
    e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err("emergency %s: emergency not bool" % r.get("id"))
    if f not in FAMILIES:
        err("emergency %s: bad family %r" % (r.get("id"), f))
    if e is True:
        if k != "now":
            err("emergency %s: emergency true but kind %r" % (r.get("id"), k))
        n_now += 1
        fam_now[f] += 1
    else:
        if k not in KINDS_NON:
            err("emergency %s: non-emergency with kind %r" % (r.get("id"), k))
        n_non += 1
        fam_non[f] += 1
    kc[k] += 1
    fam_tot[f] += 1
print("== emergency: %d items (%d now, %d non)" % (len(em), n_now, n_non))
print("  by kind:")
for k in ["now"] + KINDS_NON:
    print("    %-24s %d" % (k, kc[k]))
    if k != "now" and kc[k] < 15:
        err("emergency: kind %s only %d" % (k, kc[k]))
print("  by family (total / now / non):")
for f in FAMILIES:
    print("    %-28s %3d / %3d / %3d" % (f, fam_tot[f], fam_now[f], fam_non[f]))
    if fam_now[f] < 4:
        err("emergency: family %s has only %d now items" % (f, fam_now[f]))
if n_now < 120:
    err("emergency: %d < 120 now" % n_now)
if n_non < 200:
    err("emergency: %d < 200 non" % n_non)

for e_ in errors[:200]:
    print("ERROR:", e_)
print("errors: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_ident, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
