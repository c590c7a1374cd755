"""Standard-library checker for writer 137's built files (privacy, triage, emergency)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dw"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
MIN_SPANS = {t: 8 for t in ID_TYPES}
MIN_SPANS.update({"licence_plate": 5, "url": 5, "handle": 5})
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


def load(name):
    path = os.path.join(OUT, name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return recs


def check_ids_texts(name, recs, letter):
    ids = [r.get("id") for r in recs]
    texts = [r.get("text") for r in recs]
    for i, r in enumerate(recs, 1):
        want = "%s-%s%03d" % (PREFIX, letter, i)
        if r.get("id") != want:
            err("%s: id %r at position %d, expected %s" % (name, r.get("id"), i, want))
        if not isinstance(r.get("text"), str) or not r.get("text").strip():
            err("%s %s: empty or non-string text" % (name, r.get("id")))
    for k, c in collections.Counter(ids).items():
        if c > 1:
            err("%s: duplicate id %s" % (name, k))
    for k, c in collections.Counter(texts).items():
        if c > 1:
            err("%s: duplicate text %r" % (name, (k or "")[:60]))


def glued(text, span):
    """True if some occurrence of span (case-insensitive) touches a letter/digit on either side."""
    for m in re.finditer(re.escape(span), text, flags=re.IGNORECASE):
        a, b = m.start(), m.end()
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            return True
    return False


def counter_print(title, counter, order=None):
    keys = order if order else sorted(counter)
    print("%s: %s" % (title, ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys)))


# ---------------- privacy ----------------
priv = load("privacy.jsonl")
check_ids_texts("privacy", priv, "p")
span_types = collections.Counter()
n_with, n_trap, n_quasi = 0, 0, 0
for r in priv:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s: keys %s" % (rid, sorted(r.keys())))
        continue
    text = r["text"]
    idents = r["identifiers"]
    quasi = r["quasi"]
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("privacy %s: identifiers/quasi not lists" % rid)
        continue
    seen = set()
    for d in idents:
        if not isinstance(d, dict):
            err("privacy %s: identifier not an object" % rid)
            continue
        ks = set(d.keys())
        if ks not in ({"type", "text"}, {"type", "text", "occurrence"}):
            err("privacy %s: identifier keys %s" % (rid, sorted(ks)))
        t, s = d.get("type"), d.get("text")
        if t not in ID_TYPES:
            err("privacy %s: bad identifier type %r" % (rid, t))
        if not isinstance(s, str) or not s:
            err("privacy %s: empty identifier text" % rid)
            continue
        cnt = text.count(s)
        if cnt == 0:
            err("privacy %s: identifier %r not in text" % (rid, s))
        if "occurrence" in d:
            k = d["occurrence"]
            if not isinstance(k, int) or k < 1 or k > cnt:
                err("privacy %s: bad occurrence %r for %r (found %d)" % (rid, k, s, cnt))
        if (t, s, d.get("occurrence")) in seen:
            err("privacy %s: repeated identifier %r" % (rid, s))
        seen.add((t, s, d.get("occurrence")))
        if t == "name" and glued(text, s):
            err("privacy %s: name %r is glued inside a longer word somewhere in the text" % (rid, s))
        span_types[t] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi %r not in text" % (rid, q))
    if idents:
        n_with += 1
    else:
        n_trap += 1
    if quasi:
        n_quasi += 1

print("== privacy ==")
print("items: %d (with identifiers %d, trap-only %d, with quasi %d)" % (len(priv), n_with, n_trap, n_quasi))
counter_print("identifier spans by type", span_types, ID_TYPES)
if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if n_with < 150:
    err("privacy: %d items with identifiers < 150" % n_with)
if n_trap < 100:
    err("privacy: %d trap-only items < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d items with quasi < 15" % n_quasi)
for t in ID_TYPES:
    if span_types[t] < MIN_SPANS[t]:
        err("privacy: only %d spans of %s (< %d)" % (span_types[t], t, MIN_SPANS[t]))

# ---------------- triage ----------------
tri = load("triage.jsonl")
check_ids_texts("triage", tri, "t")
dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s: keys %s" % (rid, sorted(r.keys())))
        continue
    if r["department"] not in DEPARTMENTS:
        err("triage %s: bad department %r" % (rid, r["department"]))
    if r["age_range"] not in AGES:
        err("triage %s: bad age_range %r" % (rid, r["age_range"]))
    if r["gender"] not in GENDERS:
        err("triage %s: bad gender %r" % (rid, r["gender"]))
    dep_c[r["department"]] += 1
    age_c[r["age_range"]] += 1
    gen_c[r["gender"]] += 1
print("== triage ==")
print("items: %d" % len(tri))
counter_print("department", dep_c, DEPARTMENTS)
counter_print("age_range", age_c, AGES)
counter_print("gender", gen_c, GENDERS)
if len(tri) != 88:
    err("triage: %d items, expected exactly 88" % len(tri))
for d in DEPARTMENTS:
    if dep_c[d] != 4:
        err("triage: department %s has %d items, expected 4" % (d, dep_c[d]))
if len([a for a in AGES if age_c[a] > 0]) < 6:
    err("triage: ages spread over fewer than 6 ranges")

# ---------------- emergency ----------------
em = load("emergency.jsonl")
check_ids_texts("emergency", em, "e")
now_fam, non_fam, non_kind = collections.Counter(), collections.Counter(), collections.Counter()
n_now, n_non = 0, 0
for r in em:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s: keys %s" % (rid, sorted(r.keys())))
        continue
    if r["family"] not in FAMILIES:
        err("emergency %s: bad family %r" % (rid, r["family"]))
    if r["emergency"] is True:
        if r["kind"] != "now":
            err("emergency %s: emergency true but kind %r" % (rid, r["kind"]))
        n_now += 1
        now_fam[r["family"]] += 1
    elif r["emergency"] is False:
        if r["kind"] not in KINDS_NON:
            err("emergency %s: non-emergency with bad kind %r" % (rid, r["kind"]))
        n_non += 1
        non_kind[r["kind"]] += 1
        non_fam[r["family"]] += 1
    else:
        err("emergency %s: emergency not a boolean" % rid)
print("== emergency ==")
print("items: %d (now %d, non %d)" % (len(em), n_now, n_non))
counter_print("now by family", now_fam, FAMILIES)
counter_print("non by kind", non_kind, KINDS_NON)
counter_print("non by family", non_fam, FAMILIES)
if n_now < 120:
    err("emergency: %d now items < 120" % n_now)
for f in FAMILIES:
    if now_fam[f] < 4:
        err("emergency: family %s has %d now items < 4" % (f, now_fam[f]))
if n_non < 200:
    err("emergency: %d non-emergencies < 200" % n_non)
for k in KINDS_NON:
    if non_kind[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, non_kind[k]))
if len([f for f in FAMILIES if non_fam[f] > 0]) < 20:
    err("emergency: non-emergency families spread over fewer than 20 of the 26")

print()
for e in errors:
    print("ERROR:", e)
print("ERRORS: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
