"""Check the test set of writer 129 against every rule of the brief and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

PREFIX = "do"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
MIN_PER_TYPE = {t: 8 for t in ID_TYPES}
MIN_PER_TYPE.update({"licence_plate": 5, "url": 5, "handle": 5})
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


def load(name):
    path = os.path.join(OUT, name)
    recs = []
    if not os.path.exists(path):
        err("missing file %s" % name)
        return recs
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return recs


def check_ids(recs, letter, keys):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in recs:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("bad id %r" % (rid,))
        if rid in seen:
            err("duplicate id %r" % (rid,))
        seen.add(rid)
        if set(r.keys()) != set(keys):
            err("%s: keys %s != %s" % (rid, sorted(r.keys()), sorted(keys)))
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err("%s: empty text" % rid)


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def show(title, counter, order=None):
    print("  %s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %d" % (k, counter.get(k, 0)))


# ---------------- privacy ----------------
priv = load("privacy.jsonl")
check_ids(priv, "p", ["id", "text", "identifiers", "quasi"])
type_counts = collections.Counter()
n_with = n_trap = n_quasi = 0
for r in priv:
    rid, text = r.get("id"), r.get("text", "")
    idents = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(idents, list):
        err("%s: identifiers not a list" % rid)
        idents = []
    if not isinstance(quasi, list):
        err("%s: quasi not a list" % rid)
        quasi = []
    seen_pairs = set()
    for d in idents:
        if not isinstance(d, dict) or not {"type", "text"} <= set(d) or not set(d) <= {"type", "text", "occurrence"}:
            err("%s: bad identifier %r" % (rid, d))
            continue
        t, s = d["type"], d["text"]
        if t not in ID_TYPES:
            err("%s: unknown identifier type %r" % (rid, t))
        if not isinstance(s, str) or not s or s != s.strip():
            err("%s: bad identifier text %r" % (rid, s))
            continue
        occ = occurrences(text, s)
        if not occ:
            err("%s: identifier text %r not in text" % (rid, s))
            continue
        key = (s, d.get("occurrence"))
        if key in seen_pairs:
            err("%s: identifier %r listed twice" % (rid, s))
        seen_pairs.add(key)
        if "occurrence" in d:
            k = d["occurrence"]
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("%s: bad occurrence %r for %r" % (rid, k, s))
                continue
            marked = [occ[k - 1]]
        else:
            marked = occ
        # each marked occurrence must be a whole token (not part of a longer word)
        for i in marked:
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(s)] if i + len(s) < len(text) else " "
            if before.isalnum() or after.isalnum():
                err("%s: identifier %r occurs inside a longer word at %d" % (rid, s, i))
        type_counts[t] += 1
    # the same string listed twice under different types without occurrence
    texts = [d.get("text") for d in idents if isinstance(d, dict) and "occurrence" not in d]
    if len(texts) != len(set(texts)):
        err("%s: same identifier text listed more than once" % rid)
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("%s: quasi %r not in text" % (rid, q))
    if idents:
        n_with += 1
    else:
        n_trap += 1
        if quasi:
            err("%s: quasi flag on a trap-only item" % rid)
    if quasi:
        n_quasi += 1
if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if n_with < 150:
    err("privacy: %d items with identifiers < 150" % n_with)
if n_trap < 100:
    err("privacy: %d trap-only items < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d items with quasi < 15" % n_quasi)
for t in ID_TYPES:
    if type_counts[t] < MIN_PER_TYPE[t]:
        err("privacy: type %s has %d < %d" % (t, type_counts[t], MIN_PER_TYPE[t]))

# ---------------- triage ----------------
tri = load("triage.jsonl")
check_ids(tri, "t", ["id", "text", "department", "age_range", "gender"])
dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    rid = r.get("id")
    if r.get("department") not in DEPARTMENTS:
        err("%s: bad department %r" % (rid, r.get("department")))
    if r.get("age_range") not in AGES:
        err("%s: bad age_range %r" % (rid, r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("%s: bad gender %r" % (rid, r.get("gender")))
    dep_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
if len(tri) != 88:
    err("triage: %d items != 88" % len(tri))
for d in DEPARTMENTS:
    if dep_c[d] != 4:
        err("triage: department %s has %d items != 4" % (d, dep_c[d]))
if len([a for a in AGES if age_c[a]]) < 7:
    err("triage: too few age ranges used")
if len([g for g in GENDERS if gen_c[g]]) < 3:
    err("triage: too few genders used")

# ---------------- emergency ----------------
em = load("emergency.jsonl")
check_ids(em, "e", ["id", "text", "emergency", "kind", "family"])
now_fam, non_fam, non_kind = collections.Counter(), collections.Counter(), collections.Counter()
n_now = n_non = 0
for r in em:
    rid = r.get("id")
    e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if fam not in FAMILIES:
        err("%s: bad family %r" % (rid, fam))
    if e is True:
        n_now += 1
        now_fam[fam] += 1
        if k != "now":
            err("%s: emergency with kind %r" % (rid, k))
    elif e is False:
        n_non += 1
        non_fam[fam] += 1
        non_kind[k] += 1
        if k not in NON_KINDS:
            err("%s: bad non-emergency kind %r" % (rid, k))
    else:
        err("%s: emergency not boolean" % rid)
if n_now < 120:
    err("emergency: %d emergencies < 120" % n_now)
if n_non < 200:
    err("emergency: %d non-emergencies < 200" % n_non)
for f in FAMILIES:
    if now_fam[f] < 4:
        err("emergency: family %s has %d emergencies < 4" % (f, now_fam[f]))
for k in NON_KINDS:
    if non_kind[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, non_kind[k]))
if len([f for f in FAMILIES if non_fam[f]]) < 20:
    err("emergency: non-emergencies spread over too few families")

# ---------------- duplicates across the whole set ----------------
all_texts = collections.Counter(r.get("text") for r in priv + tri + em)
for t, c in all_texts.items():
    if c > 1:
        err("duplicate text (%d times): %r" % (c, (t or "")[:60]))

# ---------------- report ----------------
print("PRIVACY: %d items" % len(priv))
show("identifiers per type", type_counts, ID_TYPES)
print("  with identifiers %d, trap-only %d, with quasi %d" % (n_with, n_trap, n_quasi))
print("TRIAGE: %d items" % len(tri))
show("department", dep_c, DEPARTMENTS)
show("age_range", age_c, AGES)
show("gender", gen_c, GENDERS)
print("EMERGENCY: %d items (%d now, %d non)" % (len(em), n_now, n_non))
show("emergencies per family", now_fam, FAMILIES)
show("non-emergencies per kind", non_kind, NON_KINDS)
show("non-emergencies per family", non_fam, FAMILIES)
print("ERRORS: %d" % len(errors))
for e in errors:
    print("  ERROR: " + e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
