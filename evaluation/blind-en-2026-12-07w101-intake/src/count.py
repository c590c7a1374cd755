"""Check and count the writer-101 test set. Standard library only. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cm"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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


def load(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def norm(t):
    return " ".join(t.lower().split())


def common(task, letter, rows, fields):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    ids, texts = set(), {}
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != set(fields):
            err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (task, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        k = norm(t)
        if k in texts:
            err("%s %s: duplicate text of %s" % (task, rid, texts[k]))
        texts[k] = rid


# privacy
priv = load("privacy")
common("privacy", "p", priv, ["id", "text", "identifiers", "quasi"])
type_counts = collections.Counter()
with_ids = trap_only = with_quasi = 0
for r in priv:
    rid, text = r.get("id"), r.get("text", "")
    ids_ = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(ids_, list):
        err("privacy %s: identifiers not a list" % rid)
        ids_ = []
    if not isinstance(quasi, list):
        err("privacy %s: quasi not a list" % rid)
        quasi = []
    seen = set()
    for d in ids_:
        if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
            err("privacy %s: bad identifier %r" % (rid, d))
            continue
        if d["type"] not in ID_TYPES:
            err("privacy %s: bad identifier type %r" % (rid, d["type"]))
        if not isinstance(d["text"], str) or not d["text"] or d["text"] not in text:
            err("privacy %s: identifier %r not a substring" % (rid, d["text"]))
        if (d["type"], d["text"]) in seen:
            err("privacy %s: identifier %r listed twice" % (rid, d["text"]))
        seen.add((d["type"], d["text"]))
        type_counts[d["type"]] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi %r not a substring string" % (rid, q))
    if ids_:
        with_ids += 1
    else:
        trap_only += 1
    if quasi:
        with_quasi += 1
if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if with_ids < 150:
    err("privacy: %d with identifiers < 150" % with_ids)
if trap_only < 100:
    err("privacy: %d trap-only < 100" % trap_only)
if with_quasi < 15:
    err("privacy: %d with quasi < 15" % with_quasi)
for t in ID_TYPES:
    if type_counts[t] < 5:
        err("privacy: identifier type %s used %d times < 5" % (t, type_counts[t]))
if type_counts and type_counts.most_common(1)[0][0] != "name":
    err("privacy: name is not the most common identifier type")

# triage
tri = load("triage")
common("triage", "t", tri, ["id", "text", "department", "age_range", "gender"])
dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    rid = r.get("id")
    if r.get("department") not in DEPARTMENTS:
        err("triage %s: bad department %r" % (rid, r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (rid, r.get("gender")))
    dep_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
if len(tri) != 88:
    err("triage: %d items != 88" % len(tri))
for d in DEPARTMENTS:
    if dep_c[d] != 4:
        err("triage: department %s has %d items != 4" % (d, dep_c[d]))
for a in AGES:
    if age_c[a] < 1:
        err("triage: age range %s unused" % a)
for g in GENDERS:
    if gen_c[g] < 1:
        err("triage: gender %s unused" % g)

# emergency
emg = load("emergency")
common("emergency", "e", emg, ["id", "text", "emergency", "kind", "family"])
kind_c = collections.Counter()
fam_c = collections.defaultdict(lambda: [0, 0])
for r in emg:
    rid = r.get("id")
    e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err("emergency %s: emergency not bool" % rid)
    if fam not in FAMILIES:
        err("emergency %s: bad family %r" % (rid, fam))
    if e is True and k != "now":
        err("emergency %s: emergency true but kind %r" % (rid, k))
    if e is False and k not in NON_KINDS:
        err("emergency %s: non-emergency with bad kind %r" % (rid, k))
    kind_c[k] += 1
    fam_c[fam][0 if e else 1] += 1
n_now = sum(1 for r in emg if r.get("emergency") is True)
n_non = sum(1 for r in emg if r.get("emergency") is False)
if n_now < 120:
    err("emergency: %d now < 120" % n_now)
if n_non < 200:
    err("emergency: %d non < 200" % n_non)
for f in FAMILIES:
    if fam_c[f][0] < 4:
        err("emergency: family %s has %d now items < 4" % (f, fam_c[f][0]))
for k in NON_KINDS:
    if kind_c[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, kind_c[k]))
non_fams = sum(1 for f in FAMILIES if fam_c[f][1] > 0)
if non_fams < 15:
    err("emergency: non-emergencies touch only %d families" % non_fams)

# report
print("== privacy: identifier types")
for t in ID_TYPES:
    print("  %-14s %d" % (t, type_counts[t]))
print("== triage: departments")
for d in DEPARTMENTS:
    print("  %-22s %d" % (d, dep_c[d]))
print("== triage: age ranges")
for a in AGES:
    print("  %-6s %d" % (a, age_c[a]))
print("== triage: genders")
for g in GENDERS:
    print("  %-12s %d" % (g, gen_c[g]))
print("== emergency: kinds")
for k in ["now"] + NON_KINDS:
    print("  %-24s %d" % (k, kind_c[k]))
print("== emergency: families (total / now / non)")
for f in FAMILIES:
    now, non = fam_c[f]
    print("  %-28s %3d / %3d / %3d" % (f, now + non, now, non))
print("== non-emergency families touched: %d" % non_fams)
print("== errors: %d" % len(errors))
for e in errors:
    print("  ERROR: " + e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
sys.exit(1 if errors else 0)
