"""Check the three .jsonl files against the brief and print counts. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dq"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
MIN_PER_TYPE = {t: 8 for t in ID_TYPES}
MIN_PER_TYPE.update({"licence_plate": 5, "url": 5, "handle": 5})
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


def check_ids(rows, letter, task, keys):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3,}$" % (PREFIX, letter))
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in seen:
            err("%s: duplicate id %r" % (task, rid))
        seen.add(rid)
        if set(r.keys()) != set(keys):
            err("%s %s: keys %s != %s" % (task, rid, sorted(r.keys()), sorted(keys)))
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err("%s %s: empty text" % (task, rid))


def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


# ---------------- privacy ----------------
privacy = load("privacy.jsonl")
check_ids(privacy, "p", "privacy", ["id", "text", "identifiers", "quasi"])
type_items = collections.Counter()
type_spans = collections.Counter()
n_with = n_trap = n_quasi = 0
for r in privacy:
    rid, text = r.get("id"), r.get("text", "")
    idents = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("privacy %s: identifiers/quasi must be lists" % rid)
        continue
    listed = set()
    types_here = set()
    for d in idents:
        t, s = d.get("type"), d.get("text")
        if t not in ID_TYPES:
            err("privacy %s: bad identifier type %r" % (rid, t))
        if not isinstance(s, str) or not s:
            err("privacy %s: empty identifier text" % rid)
            continue
        if set(d.keys()) - {"type", "text", "occurrence"}:
            err("privacy %s: extra identifier keys %s" % (rid, d.keys()))
        cnt = text.count(s)
        if cnt == 0:
            err("privacy %s: identifier %r not verbatim in text" % (rid, s))
        occ = d.get("occurrence")
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or occ > cnt:
                err("privacy %s: bad occurrence %r for %r" % (rid, occ, s))
        key = (s, occ)
        if key in listed:
            err("privacy %s: %r listed twice" % (rid, s))
        listed.add(key)
        if s != s.strip():
            err("privacy %s: identifier %r has surrounding whitespace" % (rid, s))
        # every occurrence should stand as a whole token (not part of a longer word)
        if occ is None:
            for m in re.finditer(re.escape(s), text, re.IGNORECASE):
                a, b = m.start(), m.end()
                before = text[a - 1] if a > 0 else " "
                after = text[b] if b < len(text) else " "
                if (s[0].isalnum() and before.isalnum()) or (s[-1].isalnum() and after.isalnum()):
                    err("privacy %s: %r occurs inside a longer word" % (rid, s))
        types_here.add(t)
        type_spans[t] += 1
    # identifiers must not overlap each other
    spans = []
    for d in idents:
        s = d.get("text") or ""
        for m in re.finditer(re.escape(s), text):
            spans.append((m.start(), m.end(), s))
    spans.sort()
    for i, (a1, b1, s1) in enumerate(spans):
        for a2, b2, s2 in spans[i + 1:]:
            if a2 < b1 and s1 != s2:
                err("privacy %s: identifiers %r and %r overlap" % (rid, s1, s2))
    # a name must not also appear (any case) inside another identifier of the item
    for d in idents:
        if d.get("type") != "name" or not d.get("text"):
            continue
        for a, b, s in spans:
            if s != d["text"] and d["text"].lower() in s.lower():
                err("privacy %s: name %r also occurs inside identifier %r" % (rid, d["text"], s))
    for t in types_here:
        type_items[t] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi %r not verbatim in text" % (rid, q))
    if idents:
        n_with += 1
    else:
        n_trap += 1
        if quasi:
            err("privacy %s: trap-only item carries a quasi flag" % rid)
    if quasi:
        n_quasi += 1

if len(privacy) < 260:
    err("privacy: %d items < 260" % len(privacy))
if n_with < 150:
    err("privacy: %d items with identifiers < 150" % n_with)
if n_trap < 100:
    err("privacy: %d trap-only items < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d items with quasi < 15" % n_quasi)
for t in ID_TYPES:
    if type_items[t] < MIN_PER_TYPE[t]:
        err("privacy: type %s in %d items < %d" % (t, type_items[t], MIN_PER_TYPE[t]))

# ---------------- triage ----------------
triage = load("triage.jsonl")
check_ids(triage, "t", "triage", ["id", "text", "department", "age_range", "gender"])
dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in triage:
    rid = r.get("id")
    if r.get("department") not in DEPARTMENTS:
        err("triage %s: bad department %r" % (rid, r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (rid, r.get("gender")))
    dept_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
if len(triage) != 88:
    err("triage: %d items != 88" % len(triage))
for d in DEPARTMENTS:
    if dept_c[d] != 4:
        err("triage: department %s has %d items != 4" % (d, dept_c[d]))

# ---------------- emergency ----------------
emergency = load("emergency.jsonl")
check_ids(emergency, "e", "emergency", ["id", "text", "emergency", "kind", "family"])
now_fam, non_fam, kind_c = collections.Counter(), collections.Counter(), collections.Counter()
kind_fam = collections.defaultdict(set)
n_now = n_non = 0
for r in emergency:
    rid, e, k, f = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err("emergency %s: emergency must be true/false" % rid)
    if f not in FAMILIES:
        err("emergency %s: bad family %r" % (rid, f))
    if e is True:
        n_now += 1
        if k != "now":
            err("emergency %s: emergency true but kind %r" % (rid, k))
        now_fam[f] += 1
    else:
        n_non += 1
        if k not in NON_KINDS:
            err("emergency %s: bad non-emergency kind %r" % (rid, k))
        non_fam[f] += 1
        kind_fam[k].add(f)
    kind_c[k] += 1
if n_now < 120:
    err("emergency: %d emergencies < 120" % n_now)
if n_non < 200:
    err("emergency: %d non-emergencies < 200" % n_non)
for f in FAMILIES:
    if now_fam[f] < 4:
        err("emergency: family %s has %d emergencies < 4" % (f, now_fam[f]))
for k in NON_KINDS:
    if kind_c[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, kind_c[k]))
    if len(kind_fam[k]) < 3:
        err("emergency: kind %s spread over only %d families" % (k, len(kind_fam[k])))

# ---------------- cross-task ----------------
all_texts = collections.Counter()
for rows in (privacy, triage, emergency):
    for r in rows:
        all_texts[(r.get("text") or "").strip().lower()] += 1
for t, c in all_texts.items():
    if c > 1:
        err("duplicate text (%dx): %.60r" % (c, t))

# ---------------- report ----------------
show("privacy: items containing each identifier type", type_items, ID_TYPES)
show("privacy: identifier spans per type", type_spans, ID_TYPES)
show("triage: department", dept_c, DEPARTMENTS)
show("triage: age_range", age_c, AGES)
show("triage: gender", gen_c, GENDERS)
show("emergency: kind", kind_c, ["now"] + NON_KINDS)
show("emergency: family (now)", now_fam, FAMILIES)
show("emergency: family (non-emergency)", non_fam, FAMILIES)
for e in errors:
    print("ERROR:", e)
print("errors: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(privacy), n_with, n_trap, n_quasi, len(triage), len(emergency), n_now, n_non))
sys.exit(1 if errors else 0)
