"""Standard-library checker for the built test files (writer 149). Exits non-zero on any error."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ei"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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
    print("ERROR:", msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("%s line %d empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad JSON: %s" % (name, n, e))
    return rows


def check_ids(rows, letter, name):
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("%s: duplicate ids" % name)
    for i, x in enumerate(ids, 1):
        if x != "%s-%s%03d" % (PREFIX, letter, i):
            err("%s: id %r out of sequence at row %d" % (name, x, i))
    texts = [r.get("text") for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    for t in dup:
        err("%s: duplicate text %r" % (name, t[:60]))


def glued(text, span):
    """True if a case-insensitive occurrence of span sits inside a longer word."""
    low, s = text.lower(), span.lower()
    start = 0
    while True:
        i = low.find(s, start)
        if i < 0:
            return False
        before = low[i - 1] if i > 0 else " "
        after = low[i + len(s)] if i + len(s) < len(low) else " "
        if before.isalnum() or after.isalnum():
            return True
        start = i + 1


# ---------------- privacy
priv = load("privacy.jsonl")
check_ids(priv, "p", "privacy")
type_counts = Counter()
n_with_ids = n_trap = n_quasi = 0
for r in priv:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: keys %s" % (r.get("id"), sorted(r)))
        continue
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        err("privacy %s: empty text" % r["id"])
        continue
    seen = set()
    for ident in r["identifiers"]:
        keys = set(ident)
        if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
            err("privacy %s: identifier keys %s" % (r["id"], sorted(keys)))
            continue
        t, s = ident["type"], ident["text"]
        if t not in ID_TYPES:
            err("privacy %s: bad type %r" % (r["id"], t))
        if not s or s not in text:
            err("privacy %s: %s %r not verbatim in text" % (r["id"], t, s))
            continue
        occ = ident.get("occurrence")
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or text.count(s) < occ:
                err("privacy %s: bad occurrence %r for %r" % (r["id"], occ, s))
        if (t, s) in seen:
            err("privacy %s: repeated identifier %r" % (r["id"], s))
        seen.add((t, s))
        if t == "name" and glued(text, s):
            err("privacy %s: name %r glued inside a longer word" % (r["id"], s))
        if s != s.strip():
            err("privacy %s: span %r has outer spaces" % (r["id"], s))
        type_counts[t] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi %r not verbatim" % (r["id"], q))
    if r["identifiers"]:
        n_with_ids += 1
    else:
        n_trap += 1
        if r["quasi"]:
            err("privacy %s: trap-only item with quasi" % r["id"])
        if re.search(r"@|https?://|www\.|\.com\b", text):
            err("privacy %s: trap-only item looks like it has an email/url/handle" % r["id"])
    if r["quasi"]:
        n_quasi += 1

print("== privacy")
print("items:", len(priv), "with identifiers:", n_with_ids, "trap-only:", n_trap, "with quasi:", n_quasi)
for t in ID_TYPES:
    print("  %-14s %d" % (t, type_counts[t]))
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if type_counts[t] < need:
        err("privacy: only %d spans of %s (need %d)" % (type_counts[t], t, need))
if len(priv) < 260:
    err("privacy: fewer than 260 items")
if n_with_ids < 150:
    err("privacy: fewer than 150 items with identifiers")
if n_trap < 100:
    err("privacy: fewer than 100 trap-only items")
if n_quasi < 15:
    err("privacy: fewer than 15 items with quasi")

# ---------------- triage
tri = load("triage.jsonl")
check_ids(tri, "t", "triage")
dc, ac, gc = Counter(), Counter(), Counter()
for r in tri:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s: keys %s" % (r.get("id"), sorted(r)))
        continue
    if r["department"] not in DEPARTMENTS:
        err("triage %s: bad department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("triage %s: bad age %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("triage %s: bad gender %r" % (r["id"], r["gender"]))
    dc[r["department"]] += 1
    ac[r["age_range"]] += 1
    gc[r["gender"]] += 1
print("== triage")
print("items:", len(tri))
for d in DEPARTMENTS:
    print("  %-22s %d" % (d, dc[d]))
    if dc[d] != 4:
        err("triage: department %s has %d items (need 4)" % (d, dc[d]))
print("  ages:", ", ".join("%s=%d" % (a, ac[a]) for a in AGES))
print("  genders:", ", ".join("%s=%d" % (g, gc[g]) for g in GENDERS))
if len(tri) != 88:
    err("triage: %d items (need exactly 88)" % len(tri))
if sum(1 for a in AGES if ac[a]) < 6:
    err("triage: ages spread over fewer than 6 ranges")

# ---------------- emergency
em = load("emergency.jsonl")
check_ids(em, "e", "emergency")
now_fam, non_fam, non_kind = Counter(), Counter(), Counter()
for r in em:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: keys %s" % (r.get("id"), sorted(r)))
        continue
    if r["family"] not in FAMILIES:
        err("emergency %s: bad family %r" % (r["id"], r["family"]))
    if r["emergency"] is True:
        if r["kind"] != "now":
            err("emergency %s: emergency true but kind %r" % (r["id"], r["kind"]))
        now_fam[r["family"]] += 1
    elif r["emergency"] is False:
        if r["kind"] not in KINDS_NON:
            err("emergency %s: bad non kind %r" % (r["id"], r["kind"]))
        non_kind[r["kind"]] += 1
        non_fam[r["family"]] += 1
    else:
        err("emergency %s: emergency not boolean" % r["id"])
n_now, n_non = sum(now_fam.values()), sum(non_fam.values())
print("== emergency")
print("items:", len(em), "now:", n_now, "non:", n_non)
print("  families (now / non):")
for fam in FAMILIES:
    print("    %-28s %3d / %3d" % (fam, now_fam[fam], non_fam[fam]))
    if now_fam[fam] < 4:
        err("emergency: family %s has %d now items (need 4)" % (fam, now_fam[fam]))
print("  non kinds:")
for k in KINDS_NON:
    print("    %-26s %d" % (k, non_kind[k]))
    if non_kind[k] < 15:
        err("emergency: kind %s has %d items (need 15)" % (k, non_kind[k]))
if n_now < 120:
    err("emergency: fewer than 120 now items")
if n_non < 200:
    err("emergency: fewer than 200 non items")
if sum(1 for f in FAMILIES if non_fam[f]) < 20:
    err("emergency: non families spread over fewer than 20 families")

# ---------------- cross-file text uniqueness
all_texts = Counter([r.get("text") for r in priv] + [r.get("text") for r in tri] + [r.get("text") for r in em])
for t, c in all_texts.items():
    if c > 1:
        err("text repeated across files: %r" % (t or "")[:60])

print("ERRORS: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with_ids, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
