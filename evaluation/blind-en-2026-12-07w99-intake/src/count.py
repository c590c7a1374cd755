"""Check the three JSONL files and print counts. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ck"
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


def read(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def common(name, letter, rows, fields):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    ids, texts = set(), {}
    for r in rows:
        if set(r) != fields:
            err("%s %s: field set %s" % (name, r.get("id"), sorted(r)))
        rid = r.get("id", "")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (name, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (name, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
            continue
        k = norm(t)
        if k in texts:
            err("%s: duplicate text %s / %s" % (name, texts[k], rid))
        texts[k] = rid


# ---------- privacy ----------
priv = read("privacy")
common("privacy", "p", priv, {"id", "text", "identifiers", "quasi"})
type_counts = collections.Counter()
with_ids = trap_only = with_quasi = 0
for r in priv:
    text = r.get("text", "")
    idents = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(idents, list):
        err("privacy %s: identifiers not a list" % r.get("id"))
        idents = []
    if not isinstance(quasi, list):
        err("privacy %s: quasi not a list" % r.get("id"))
        quasi = []
    seen = set()
    for ident in idents:
        if not isinstance(ident, dict) or set(ident) != {"type", "text"}:
            err("privacy %s: bad identifier %r" % (r.get("id"), ident))
            continue
        if ident["type"] not in ID_TYPES:
            err("privacy %s: bad type %r" % (r.get("id"), ident["type"]))
        if not isinstance(ident["text"], str) or not ident["text"] or ident["text"] not in text:
            err("privacy %s: identifier not a substring: %r" % (r.get("id"), ident["text"]))
        key = (ident["type"], ident["text"])
        if key in seen:
            err("privacy %s: repeated identifier %r" % (r.get("id"), ident["text"]))
        seen.add(key)
        type_counts[ident["type"]] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi not a substring string: %r" % (r.get("id"), q))
    if idents:
        with_ids += 1
    else:
        trap_only += 1
    if quasi:
        with_quasi += 1

print("privacy identifier types:")
for t in ID_TYPES:
    print("  %-14s %d" % (t, type_counts[t]))
    if type_counts[t] < 5:
        err("privacy: type %s used fewer than 5 times" % t)
if type_counts and type_counts.most_common(1)[0][0] != "name":
    err("privacy: name is not the most common type")
if len(priv) < 260:
    err("privacy: fewer than 260 items")
if with_ids < 150:
    err("privacy: fewer than 150 items with identifiers")
if trap_only < 100:
    err("privacy: fewer than 100 trap-only items")
if with_quasi < 15:
    err("privacy: fewer than 15 items with quasi")

# ---------- triage ----------
tri = read("triage")
common("triage", "t", tri, {"id", "text", "department", "age_range", "gender"})
dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    if r.get("department") not in DEPTS:
        err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
    dep_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
print("triage departments:")
for d in DEPTS:
    print("  %-22s %d" % (d, dep_c[d]))
    if dep_c[d] != 4:
        err("triage: department %s has %d items (need exactly 4)" % (d, dep_c[d]))
print("triage age ranges:")
for a in AGES:
    print("  %-6s %d" % (a, age_c[a]))
    if age_c[a] == 0:
        err("triage: age range %s unused" % a)
print("triage genders:")
for g in GENDERS:
    print("  %-12s %d" % (g, gen_c[g]))
    if gen_c[g] == 0:
        err("triage: gender %s unused" % g)
if len(tri) != 88:
    err("triage: %d items (need exactly 88)" % len(tri))

# ---------- emergency ----------
em = read("emergency")
common("emergency", "e", em, {"id", "text", "emergency", "kind", "family"})
kind_c = collections.Counter()
fam_total, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
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
        if k not in NON_KINDS:
            err("emergency %s: non-emergency with kind %r" % (r.get("id"), k))
        n_non += 1
        fam_non[f] += 1
    kind_c[k] += 1
    fam_total[f] += 1
print("emergency kinds:")
for k in ["now"] + NON_KINDS:
    print("  %-24s %d" % (k, kind_c[k]))
    if k != "now" and kind_c[k] < 15:
        err("emergency: kind %s has fewer than 15 items" % k)
print("emergency families (total / now / non):")
for f in FAMILIES:
    print("  %-28s %3d / %3d / %3d" % (f, fam_total[f], fam_now[f], fam_non[f]))
    if fam_now[f] < 4:
        err("emergency: family %s has fewer than 4 now items" % f)
if n_now < 120:
    err("emergency: fewer than 120 now items")
if n_non < 200:
    err("emergency: fewer than 200 non-emergency items")
if len([f for f in FAMILIES if fam_non[f] > 0]) < 15:
    err("emergency: non-emergencies touch fewer than 15 families")

print("errors: %d" % len(errors))
for m in errors[:200]:
    print("  ERROR " + m)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
