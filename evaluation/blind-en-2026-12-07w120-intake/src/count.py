"""Check the three .jsonl files against the brief and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "df"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics",
               "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]
MIN_PER_TYPE = {t: 8 for t in ID_TYPES}
MIN_PER_TYPE.update({"licence_plate": 5, "url": 5, "handle": 5})

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(OUT, name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, ln, e))
    return recs


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def check_ids(recs, letter, name):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in recs:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (name, rid))
        if rid in seen:
            err("%s: duplicate id %r" % (name, rid))
        seen.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (name, rid))
    texts = collections.Counter(r.get("text") for r in recs)
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text %r" % (name, t[:60]))


def show(title, counter, order=None):
    keys = order if order else sorted(counter)
    print("  %s: %s" % (title, ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys)))


# ---------------- privacy ----------------
priv = load("privacy.jsonl")
check_ids(priv, "p", "privacy")
type_count = collections.Counter()
n_with, n_trap, n_quasi = 0, 0, 0
for r in priv:
    rid, text = r.get("id"), r.get("text", "")
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: keys %s" % (rid, sorted(r)))
    idents = r.get("identifiers", [])
    quasi = r.get("quasi", [])
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("privacy %s: identifiers/quasi must be lists" % rid)
        continue
    seen_spans = set()
    for ident in idents:
        t, s = ident.get("type"), ident.get("text")
        if t not in ID_TYPES:
            err("privacy %s: bad type %r" % (rid, t))
        if not isinstance(s, str) or not s or s != s.strip():
            err("privacy %s: bad identifier text %r" % (rid, s))
            continue
        occ = occurrences(text, s)
        if not occ:
            err("privacy %s: identifier %r not verbatim in text" % (rid, s))
            continue
        k = ident.get("occurrence")
        if k is not None:
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("privacy %s: bad occurrence %r for %r" % (rid, k, s))
        key = (s, k)
        if key in seen_spans:
            err("privacy %s: identifier %r listed twice" % (rid, s))
        seen_spans.add(key)
        # every occurrence of the span must sit on word boundaries (catches 'Ann' inside 'planning')
        for i in occ:
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(s)] if i + len(s) < len(text) else " "
            if (before.isalnum() and s[0].isalnum()) or (after.isalnum() and s[-1].isalnum()):
                err("privacy %s: identifier %r occurs inside a longer word" % (rid, s))
        type_count[t] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi %r not verbatim" % (rid, q))
    if idents:
        n_with += 1
    else:
        n_trap += 1
        if "@" in text or "http" in text.lower() or "www." in text.lower():
            err("privacy %s: trap-only item contains @/url-like text" % rid)
    if quasi:
        n_quasi += 1
n_priv = len(priv)
if n_priv < 260:
    err("privacy: %d items < 260" % n_priv)
if n_with < 150:
    err("privacy: %d items with identifiers < 150" % n_with)
if n_trap < 100:
    err("privacy: %d trap-only items < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d items with quasi < 15" % n_quasi)
items_per_type = collections.Counter()
for r in priv:
    for t in set(i.get("type") for i in r.get("identifiers", [])):
        items_per_type[t] += 1
for t in ID_TYPES:
    if items_per_type[t] < MIN_PER_TYPE[t]:
        err("privacy: type %s in %d items < %d" % (t, items_per_type[t], MIN_PER_TYPE[t]))

# ---------------- triage ----------------
tri = load("triage.jsonl")
check_ids(tri, "t", "triage")
dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    rid = r.get("id")
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s: keys %s" % (rid, sorted(r)))
    if r.get("department") not in DEPARTMENTS:
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
for d in DEPARTMENTS:
    if dept_c[d] != 4:
        err("triage: department %s has %d items != 4" % (d, dept_c[d]))

# ---------------- emergency ----------------
em = load("emergency.jsonl")
check_ids(em, "e", "emergency")
kind_c, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
n_now, n_non = 0, 0
for r in em:
    rid = r.get("id")
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: keys %s" % (rid, sorted(r)))
    e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err("emergency %s: emergency must be bool" % rid)
    if f not in FAMILIES:
        err("emergency %s: bad family %r" % (rid, f))
    if e is True:
        n_now += 1
        fam_now[f] += 1
        if k != "now":
            err("emergency %s: emergency true needs kind now" % rid)
    else:
        n_non += 1
        fam_non[f] += 1
        if k not in NON_KINDS:
            err("emergency %s: bad non-emergency kind %r" % (rid, k))
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

# ---------------- report ----------------
print("privacy: %d items" % n_priv)
show("identifier spans per type", type_count, ID_TYPES)
show("items per type", items_per_type, ID_TYPES)
print("triage: %d items" % len(tri))
show("department", dept_c, DEPARTMENTS)
show("age_range", age_c, AGES)
show("gender", gen_c, GENDERS)
print("emergency: %d items" % len(em))
show("kind", kind_c, ["now"] + NON_KINDS)
show("family (now)", fam_now, FAMILIES)
show("family (non)", fam_non, FAMILIES)
print("errors: %d" % len(errors))
for e in errors:
    print("  ERROR: " + e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (n_priv, n_with, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
