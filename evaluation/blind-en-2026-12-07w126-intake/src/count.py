"""Check the built test set against the brief and print counts. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dl"

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
        err("missing file " + name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def check_ids(rows, letter, task):
    seen = set()
    texts = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in seen:
            err("%s: duplicate id %s" % (task, rid))
        seen.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
        elif t in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(t)


def print_counter(title, counter, order=None):
    print("  %s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-26s %d" % (k, counter.get(k, 0)))


# ---------------- privacy ----------------
priv = load("privacy.jsonl")
check_ids(priv, "p", "privacy")
type_items = collections.Counter()
type_spans = collections.Counter()
n_with = n_trap = n_quasi = 0
for r in priv:
    rid, text = r.get("id"), r.get("text", "")
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: unexpected keys %s" % (rid, sorted(r)))
    idents = r.get("identifiers", [])
    quasi = r.get("quasi", [])
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("privacy %s: identifiers/quasi must be lists" % rid)
        continue
    pairs = set()
    types_here = set()
    for d in idents:
        typ, sub = d.get("type"), d.get("text")
        if typ not in ID_TYPES:
            err("privacy %s: bad type %r" % (rid, typ))
        if not isinstance(sub, str) or not sub:
            err("privacy %s: empty identifier text" % rid)
            continue
        occ = occurrences(text, sub)
        if not occ:
            err("privacy %s: identifier %r not verbatim in text" % (rid, sub))
            continue
        key = (sub, d.get("occurrence"))
        if key in pairs:
            err("privacy %s: identifier %r listed twice" % (rid, sub))
        pairs.add(key)
        k = d.get("occurrence")
        if k is not None:
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("privacy %s: bad occurrence %r for %r" % (rid, k, sub))
                continue
            check = [occ[k - 1]]
        else:
            check = occ
        for i in check:
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(sub)] if i + len(sub) < len(text) else " "
            if before.isalnum() or after.isalnum():
                err("privacy %s: identifier %r occurs inside a longer word" % (rid, sub))
        types_here.add(typ)
        type_spans[typ] += 1
    for t in types_here:
        type_items[t] += 1
    for q in quasi:
        if not isinstance(q, str) or q not in text:
            err("privacy %s: quasi %r not verbatim in text" % (rid, q))
    if idents:
        n_with += 1
    else:
        n_trap += 1
    if quasi:
        n_quasi += 1

if len(priv) < 260:
    err("privacy: only %d items (need >= 260)" % len(priv))
if n_with < 150:
    err("privacy: only %d items with identifiers (need >= 150)" % n_with)
if n_trap < 100:
    err("privacy: only %d trap-only items (need >= 100)" % n_trap)
if n_quasi < 15:
    err("privacy: only %d items with quasi (need >= 15)" % n_quasi)
for t in ID_TYPES:
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if type_items[t] < need:
        err("privacy: type %s in only %d items (need >= %d)" % (t, type_items[t], need))

# ---------------- triage ----------------
tri = load("triage.jsonl")
check_ids(tri, "t", "triage")
dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
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
    err("triage: %d items (need exactly 88)" % len(tri))
for d in DEPTS:
    if dept_c[d] != 4:
        err("triage: department %s has %d items (need 4)" % (d, dept_c[d]))

# ---------------- emergency ----------------
emg = load("emergency.jsonl")
check_ids(emg, "e", "emergency")
kind_c, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
kind_fams = collections.defaultdict(set)
n_now = n_non = 0
for r in emg:
    rid = r.get("id")
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: unexpected keys %s" % (rid, sorted(r)))
    e, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if fam not in FAMILIES:
        err("emergency %s: bad family %r" % (rid, fam))
    if e is True:
        if kind != "now":
            err("emergency %s: emergency item must have kind now" % rid)
        n_now += 1
        fam_now[fam] += 1
    elif e is False:
        if kind not in NON_KINDS:
            err("emergency %s: bad non-emergency kind %r" % (rid, kind))
        n_non += 1
        fam_non[fam] += 1
        kind_fams[kind].add(fam)
    else:
        err("emergency %s: emergency must be true/false" % rid)
    kind_c[kind] += 1
if n_now < 120:
    err("emergency: only %d emergencies (need >= 120)" % n_now)
if n_non < 200:
    err("emergency: only %d non-emergencies (need >= 200)" % n_non)
for f in FAMILIES:
    if fam_now[f] < 4:
        err("emergency: family %s has %d emergencies (need >= 4)" % (f, fam_now[f]))
for k in NON_KINDS:
    if kind_c[k] < 15:
        err("emergency: kind %s has %d items (need >= 15)" % (k, kind_c[k]))
    if len(kind_fams[k]) < 8:
        err("emergency: kind %s spread over only %d families" % (k, len(kind_fams[k])))

# ---------------- report ----------------
print("PRIVACY (%d items)" % len(priv))
print_counter("items per identifier type", type_items, ID_TYPES)
print_counter("spans per identifier type", type_spans, ID_TYPES)
print("  with identifiers %d, trap-only %d, with quasi %d" % (n_with, n_trap, n_quasi))
print("TRIAGE (%d items)" % len(tri))
print_counter("department", dept_c, DEPTS)
print_counter("age_range", age_c, AGES)
print_counter("gender", gen_c, GENDERS)
print("EMERGENCY (%d items)" % len(emg))
print_counter("kind", kind_c, ["now"] + NON_KINDS)
print_counter("family (emergencies)", fam_now, FAMILIES)
print_counter("family (non-emergencies)", fam_non, FAMILIES)
print("  families per non-emergency kind: " + ", ".join("%s %d" % (k, len(kind_fams[k])) for k in NON_KINDS))
print("ERRORS: %d" % len(errors))
for e in errors:
    print("  " + e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with, n_trap, n_quasi, len(tri), len(emg), n_now, n_non))
sys.exit(1 if errors else 0)
