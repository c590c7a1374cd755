"""Standard-library checker for the built test set of writer 142 (prefix eb)."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "eb"

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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err("missing file " + name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad json: %s" % (name, n, e))
    return rows


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def glued(text, span):
    """True if any occurrence of span in text touches a letter/digit on either side."""
    start = 0
    while True:
        i = text.find(span, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(span)] if i + len(span) < len(text) else ""
        if (before and is_word_char(before)) or (after and is_word_char(after)):
            return True
        start = i + 1


def check_ids(rows, letter, name):
    ids = [r.get("id") for r in rows]
    for k, v in Counter(ids).items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    for i, r in enumerate(rows, 1):
        want = "%s-%s%03d" % (PREFIX, letter, i)
        if r.get("id") != want:
            err("%s row %d id %r, expected %s" % (name, i, r.get("id"), want))
    texts = [r.get("text") for r in rows]
    for k, v in Counter(texts).items():
        if v > 1:
            err("%s duplicate text %r" % (name, k[:60]))


# ---------------- privacy
priv = load("privacy.jsonl")
check_ids(priv, "p", "privacy")
type_counts = Counter()
n_with_ids = n_trap = n_quasi = 0
for r in priv:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
        err("%s privacy keys %s" % (rid, sorted(r.keys())))
        continue
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        err("%s empty text" % rid)
        continue
    idents = r["identifiers"]
    if not isinstance(idents, list):
        err("%s identifiers not a list" % rid)
        continue
    seen = set()
    for d in idents:
        keys = set(d.keys())
        if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
            err("%s identifier keys %s" % (rid, sorted(keys)))
            continue
        t, s = d["type"], d["text"]
        if t not in ID_TYPES:
            err("%s bad identifier type %r" % (rid, t))
        if not isinstance(s, str) or not s or s not in text:
            err("%s identifier %r not verbatim in text" % (rid, s))
            continue
        if s != s.strip():
            err("%s identifier %r has outer whitespace" % (rid, s))
        key = (s, d.get("occurrence"))
        if key in seen:
            err("%s identifier %r listed twice" % (rid, s))
        seen.add(key)
        cnt = text.count(s)
        if "occurrence" in d:
            occ = d["occurrence"]
            if not isinstance(occ, int) or occ < 1 or occ > cnt:
                err("%s occurrence %r out of range for %r (count %d)" % (rid, occ, s, cnt))
            if cnt < 2:
                err("%s occurrence given for non-repeated %r" % (rid, s))
        if t == "name" and glued(text, s):
            err("%s name %r glued inside a longer word" % (rid, s))
        if t == "name" and re.match(r"^(Dr|Dra|Mrs|Mr|Ms|Sr|Sra)\.?\s", s):
            err("%s name %r includes a title" % (rid, s))
        type_counts[t] += 1
    quasi = r["quasi"]
    if not isinstance(quasi, list):
        err("%s quasi not a list" % rid)
        quasi = []
    for q in quasi:
        if not isinstance(q, str) or q not in text:
            err("%s quasi %r not verbatim in text" % (rid, q))
    if idents:
        n_with_ids += 1
    else:
        n_trap += 1
        if quasi:
            err("%s trap-only item has quasi flags" % rid)
    if quasi:
        n_quasi += 1

if len(priv) < 260:
    err("privacy has %d items (< 260)" % len(priv))
if n_with_ids < 150:
    err("privacy items with identifiers %d (< 150)" % n_with_ids)
if n_trap < 100:
    err("privacy trap-only items %d (< 100)" % n_trap)
if n_quasi < 15:
    err("privacy items with quasi %d (< 15)" % n_quasi)
for t in ID_TYPES:
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if type_counts[t] < need:
        err("identifier type %s has %d spans (< %d)" % (t, type_counts[t], need))

# ---------------- triage
tri = load("triage.jsonl")
check_ids(tri, "t", "triage")
dep_c, age_c, gen_c = Counter(), Counter(), Counter()
for r in tri:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
        err("%s triage keys %s" % (rid, sorted(r.keys())))
        continue
    if r["department"] not in DEPTS:
        err("%s bad department %r" % (rid, r["department"]))
    if r["age_range"] not in AGES:
        err("%s bad age_range %r" % (rid, r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s bad gender %r" % (rid, r["gender"]))
    dep_c[r["department"]] += 1
    age_c[r["age_range"]] += 1
    gen_c[r["gender"]] += 1
if len(tri) != 88:
    err("triage has %d items (!= 88)" % len(tri))
for d in DEPTS:
    if dep_c[d] != 4:
        err("department %s has %d items (!= 4)" % (d, dep_c[d]))
if len([a for a in AGES if age_c[a]]) < 6:
    err("triage ages cover fewer than 6 ranges")

# ---------------- emergency
em = load("emergency.jsonl")
check_ids(em, "e", "emergency")
now_fam, non_fam, kind_c = Counter(), Counter(), Counter()
n_now = n_non = 0
for r in em:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
        err("%s emergency keys %s" % (rid, sorted(r.keys())))
        continue
    if not isinstance(r["emergency"], bool):
        err("%s emergency not boolean" % rid)
    if r["family"] not in FAMILIES:
        err("%s bad family %r" % (rid, r["family"]))
    if r["emergency"] is True:
        if r["kind"] != "now":
            err("%s emergency true but kind %r" % (rid, r["kind"]))
        n_now += 1
        now_fam[r["family"]] += 1
    else:
        if r["kind"] not in KINDS:
            err("%s bad non-emergency kind %r" % (rid, r["kind"]))
        n_non += 1
        kind_c[r["kind"]] += 1
        non_fam[r["family"]] += 1
if n_now < 120:
    err("emergencies %d (< 120)" % n_now)
for f in FAMILIES:
    if now_fam[f] < 4:
        err("family %s has %d emergencies (< 4)" % (f, now_fam[f]))
if n_non < 200:
    err("non-emergencies %d (< 200)" % n_non)
for k in KINDS:
    if kind_c[k] < 15:
        err("kind %s has %d items (< 15)" % (k, kind_c[k]))
missing = [f for f in FAMILIES if non_fam[f] == 0]
if missing:
    err("non-emergency families never used: %s" % ", ".join(missing))

# ---------------- cross-task duplicates
alltexts = Counter([r.get("text") for r in priv + tri + em])
for k, v in alltexts.items():
    if v > 1:
        err("text repeated across tasks: %r" % (k or "")[:60])

# ---------------- report
print("privacy identifier spans per type:")
for t in ID_TYPES:
    print("  %-14s %d" % (t, type_counts[t]))
print("triage per department:")
for d in DEPTS:
    print("  %-22s %d" % (d, dep_c[d]))
print("triage per age_range:", ", ".join("%s=%d" % (a, age_c[a]) for a in AGES))
print("triage per gender:", ", ".join("%s=%d" % (g, gen_c[g]) for g in GENDERS))
print("emergency (now) per family:")
for f in FAMILIES:
    print("  %-26s now=%d non=%d" % (f, now_fam[f], non_fam[f]))
print("non-emergency per kind:", ", ".join("%s=%d" % (k, kind_c[k]) for k in KINDS))
for e in errors:
    print("ERROR:", e)
print("ERRORS: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with_ids, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
