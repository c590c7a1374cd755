"""Standard-library checker for the built writer-140 files. Exits non-zero on any error."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
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
    print("ERROR:", msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s line %d empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad JSON: %s" % (name, n, e))
    return rows


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def is_word_char(c):
    return c.isalnum() or c == "_"


def show(title, counter, order=None):
    print("%s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def check_ids(rows, prefix, name):
    seen_ids, seen_texts = set(), set()
    for i, r in enumerate(rows, 1):
        want = "dz-%s%03d" % (prefix, i)
        if r.get("id") != want:
            err("%s: row %d id %r, expected %r" % (name, i, r.get("id"), want))
        if r.get("id") in seen_ids:
            err("%s: duplicate id %r" % (name, r.get("id")))
        seen_ids.add(r.get("id"))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s: %s empty text" % (name, r.get("id")))
        if t in seen_texts:
            err("%s: duplicate text in %s" % (name, r.get("id")))
        seen_texts.add(t)
    return seen_texts


# ---------------- privacy
priv = load("privacy.jsonl")
ptexts = check_ids(priv, "p", "privacy")
type_counts = Counter()
n_with, n_trap, n_quasi = 0, 0, 0
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_RE = re.compile(r"\b\d{3}[-. ]\d{4}\b|\(\d{3}\)\s*\d{3}")
URL_RE = re.compile(r"(https?://|www\.|\.com/|\.org/|\.net/)")
for r in priv:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
        err("privacy %s keys %s" % (rid, sorted(r.keys())))
        continue
    text = r["text"]
    ids = r["identifiers"]
    if not isinstance(ids, list) or not isinstance(r["quasi"], list):
        err("privacy %s identifiers/quasi not lists" % rid)
        continue
    seen_pairs = set()
    for d in ids:
        keys = set(d.keys())
        if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
            err("privacy %s identifier keys %s" % (rid, sorted(keys)))
            continue
        if d["type"] not in ID_TYPES:
            err("privacy %s bad identifier type %r" % (rid, d["type"]))
        span = d["text"]
        if not isinstance(span, str) or not span or span != span.strip():
            err("privacy %s bad span %r" % (rid, span))
            continue
        occ = occurrences(text, span)
        if not occ:
            err("privacy %s span not in text: %r" % (rid, span))
            continue
        if "occurrence" in d:
            k = d["occurrence"]
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("privacy %s occurrence %r out of range for %r (%d found)" % (rid, k, span, len(occ)))
            if len(occ) < 2:
                err("privacy %s occurrence given but %r occurs once" % (rid, span))
        key = (d["type"], span, d.get("occurrence"))
        if key in seen_pairs:
            err("privacy %s repeated identifier %r" % (rid, span))
        seen_pairs.add(key)
        if d["type"] == "name":
            for pos in occ:
                before = text[pos - 1] if pos > 0 else " "
                after = text[pos + len(span)] if pos + len(span) < len(text) else " "
                if is_word_char(before) or is_word_char(after):
                    err("privacy %s name %r glued inside a longer word at %d" % (rid, span, pos))
            if re.match(r"(Dr|Mrs|Mr|Ms)\.?\s", span):
                err("privacy %s name span includes a title: %r" % (rid, span))
        type_counts[d["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in text:
            err("privacy %s quasi not in text: %r" % (rid, q))
    if ids:
        n_with += 1
    else:
        n_trap += 1
        if EMAIL_RE.search(text) or PHONE_RE.search(text) or URL_RE.search(text):
            err("privacy %s trap-only item looks like it holds a contact detail" % rid)
    if r["quasi"]:
        n_quasi += 1

show("privacy identifier spans per type", type_counts, ID_TYPES)
print("privacy items: %d with identifiers, %d trap-only, %d with quasi" % (n_with, n_trap, n_quasi))
if len(priv) < 260:
    err("privacy has %d items (< 260)" % len(priv))
if n_with < 150:
    err("privacy has %d items with identifiers (< 150)" % n_with)
if n_trap < 100:
    err("privacy has %d trap-only items (< 100)" % n_trap)
if n_quasi < 15:
    err("privacy has %d items with quasi (< 15)" % n_quasi)
for t in ID_TYPES:
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if type_counts[t] < need:
        err("privacy type %s has %d spans (< %d)" % (t, type_counts[t], need))

# ---------------- triage
tri = load("triage.jsonl")
ttexts = check_ids(tri, "t", "triage")
dept_c, age_c, gen_c = Counter(), Counter(), Counter()
for r in tri:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
        err("triage %s keys %s" % (rid, sorted(r.keys())))
        continue
    if r["department"] not in DEPTS:
        err("triage %s bad department %r" % (rid, r["department"]))
    if r["age_range"] not in AGES:
        err("triage %s bad age_range %r" % (rid, r["age_range"]))
    if r["gender"] not in GENDERS:
        err("triage %s bad gender %r" % (rid, r["gender"]))
    dept_c[r["department"]] += 1
    age_c[r["age_range"]] += 1
    gen_c[r["gender"]] += 1
show("triage departments", dept_c, DEPTS)
show("triage age ranges", age_c, AGES)
show("triage genders", gen_c, GENDERS)
if len(tri) != 88:
    err("triage has %d items (!= 88)" % len(tri))
for d in DEPTS:
    if dept_c[d] != 4:
        err("triage department %s has %d items (!= 4)" % (d, dept_c[d]))
if len([a for a in AGES if age_c[a]]) < 6:
    err("triage ages cover fewer than 6 ranges")

# ---------------- emergency
emg = load("emergency.jsonl")
etexts = check_ids(emg, "e", "emergency")
now_fam, non_fam, kind_c = Counter(), Counter(), Counter()
for r in emg:
    rid = r.get("id")
    if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
        err("emergency %s keys %s" % (rid, sorted(r.keys())))
        continue
    if r["family"] not in FAMILIES:
        err("emergency %s bad family %r" % (rid, r["family"]))
    if r["emergency"] is True:
        if r["kind"] != "now":
            err("emergency %s emergency=true but kind %r" % (rid, r["kind"]))
        now_fam[r["family"]] += 1
    elif r["emergency"] is False:
        if r["kind"] not in KINDS_NON:
            err("emergency %s non-emergency with bad kind %r" % (rid, r["kind"]))
        non_fam[r["family"]] += 1
    else:
        err("emergency %s emergency not boolean" % rid)
    kind_c[r["kind"]] += 1
show("emergency kinds", kind_c, ["now"] + KINDS_NON)
show("emergency families (now)", now_fam, FAMILIES)
show("emergency families (non)", non_fam, FAMILIES)
n_now = sum(now_fam.values())
n_non = sum(non_fam.values())
if n_now < 120:
    err("emergency has %d now items (< 120)" % n_now)
if n_non < 200:
    err("emergency has %d non-emergencies (< 200)" % n_non)
for f in FAMILIES:
    if now_fam[f] < 4:
        err("now family %s has %d items (< 4)" % (f, now_fam[f]))
    if non_fam[f] < 2:
        err("non-emergency family %s has %d items (< 2, not spread)" % (f, non_fam[f]))
for k in KINDS_NON:
    if kind_c[k] < 15:
        err("non-emergency kind %s has %d items (< 15)" % (k, kind_c[k]))

# texts unique across the three files too
for a, b, an, bn in ((ptexts, ttexts, "privacy", "triage"), (ptexts, etexts, "privacy", "emergency"),
                     (ttexts, etexts, "triage", "emergency")):
    for t in a & b:
        err("text shared by %s and %s: %r" % (an, bn, t[:60]))

print("ERRORS: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with, n_trap, n_quasi, len(tri), len(emg), n_now, n_non))
sys.exit(1 if errors else 0)
