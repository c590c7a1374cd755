"""Standard-library checker for the writer-143 built files."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ec"

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
    path = os.path.join(OUT, name)
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line:
                    err("%s line %d empty" % (name, n))
                    continue
                try:
                    rows.append(json.loads(line))
                except Exception as e:
                    err("%s line %d bad json: %s" % (name, n, e))
    except OSError as e:
        err("cannot open %s: %s" % (name, e))
    return rows


def check_ids(rows, name, letter, keys):
    seen_ids, seen_texts = set(), set()
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != keys:
            err("%s row %d keys %r" % (name, i, list(r.keys())))
        rid = r.get("id")
        if rid != "%s-%s%03d" % (PREFIX, letter, i):
            err("%s row %d unexpected id %r" % (name, i, rid))
        if rid in seen_ids:
            err("%s duplicate id %r" % (name, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s empty text" % (name, rid))
            continue
        if t in seen_texts:
            err("%s %s duplicate text" % (name, rid))
        seen_texts.add(t)
    return seen_texts


def occurrences(text, sub):
    out, start = [], 0
    while True:
        k = text.find(sub, start)
        if k < 0:
            return out
        out.append(k)
        start = k + 1


# ---------------- privacy
priv = load("privacy.jsonl")
ptexts = check_ids(priv, "privacy", "p", ["id", "text", "identifiers", "quasi"])
type_counts = collections.Counter()
n_with_ids = n_trap = n_quasi = 0
for r in priv:
    rid, text = r.get("id"), r.get("text", "")
    ids = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(ids, list) or not isinstance(quasi, list):
        err("privacy %s identifiers/quasi not lists" % rid)
        continue
    if ids:
        n_with_ids += 1
    else:
        n_trap += 1
        if quasi:
            err("privacy %s quasi without identifiers" % rid)
    if quasi:
        n_quasi += 1
    seen_spans = set()
    for d in ids:
        if not isinstance(d, dict):
            err("privacy %s identifier not an object" % rid)
            continue
        allowed = {"type", "text", "occurrence"}
        if not set(d) <= allowed or "type" not in d or "text" not in d:
            err("privacy %s identifier keys %r" % (rid, sorted(d)))
            continue
        typ, span = d["type"], d["text"]
        if typ not in ID_TYPES:
            err("privacy %s unknown type %r" % (rid, typ))
        type_counts[typ] += 1
        key = (span, d.get("occurrence"))
        if key in seen_spans:
            err("privacy %s repeated identifier %r" % (rid, span))
        seen_spans.add(key)
        occ = occurrences(text, span)
        if not occ:
            err("privacy %s identifier not verbatim: %r" % (rid, span))
            continue
        if "occurrence" in d:
            k = d["occurrence"]
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("privacy %s bad occurrence %r for %r (%d found)" % (rid, k, span, len(occ)))
            if len(occ) < 2:
                err("privacy %s occurrence given but %r appears once" % (rid, span))
        if span != span.strip():
            err("privacy %s span has outer whitespace %r" % (rid, span))
        if typ == "name":
            for k in occ:
                before = text[k - 1] if k > 0 else ""
                after = text[k + len(span)] if k + len(span) < len(text) else ""
                if (before and before.isalnum()) or (after and after.isalnum()):
                    err("privacy %s name %r glued inside a longer word at %d" % (rid, span, k))
    for q in quasi:
        if not isinstance(q, str) or q not in text:
            err("privacy %s quasi not verbatim: %r" % (rid, q))

# ---------------- triage
tri = load("triage.jsonl")
ttexts = check_ids(tri, "triage", "t", ["id", "text", "department", "age_range", "gender"])
dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    if r.get("department") not in DEPTS:
        err("triage %s bad department %r" % (r.get("id"), r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s bad age %r" % (r.get("id"), r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s bad gender %r" % (r.get("id"), r.get("gender")))
    dept_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1

# ---------------- emergency
emg = load("emergency.jsonl")
etexts = check_ids(emg, "emergency", "e", ["id", "text", "emergency", "kind", "family"])
now_fam, non_fam, non_kind = collections.Counter(), collections.Counter(), collections.Counter()
n_now = n_non = 0
for r in emg:
    rid, em, kind, fam = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
    if fam not in FAMILIES:
        err("emergency %s bad family %r" % (rid, fam))
    if em is True:
        n_now += 1
        if kind != "now":
            err("emergency %s emergency true but kind %r" % (rid, kind))
        now_fam[fam] += 1
    elif em is False:
        n_non += 1
        if kind not in KINDS_NON:
            err("emergency %s bad non-emergency kind %r" % (rid, kind))
        non_kind[kind] += 1
        non_fam[fam] += 1
    else:
        err("emergency %s emergency not boolean" % rid)

# texts unique across tasks too
for a, b, an, bn in ((ptexts, ttexts, "privacy", "triage"), (ptexts, etexts, "privacy", "emergency"),
                     (ttexts, etexts, "triage", "emergency")):
    for t in a & b:
        err("text shared between %s and %s: %r" % (an, bn, t[:60]))

# ---------------- sizes
if len(priv) < 260: err("privacy has %d items (<260)" % len(priv))
if n_with_ids < 150: err("privacy items with identifiers %d (<150)" % n_with_ids)
if n_trap < 100: err("privacy trap-only items %d (<100)" % n_trap)
if n_quasi < 15: err("privacy items with quasi %d (<15)" % n_quasi)
for t in ID_TYPES:
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if type_counts[t] < need:
        err("privacy type %s has %d spans (<%d)" % (t, type_counts[t], need))
if len(tri) != 88: err("triage has %d items (!=88)" % len(tri))
for d in DEPTS:
    if dept_c[d] != 4:
        err("triage department %s has %d items (!=4)" % (d, dept_c[d]))
if len([a for a in AGES if age_c[a]]) < 6: err("triage ages cover fewer than 6 ranges")
if n_now < 120: err("emergencies %d (<120)" % n_now)
for f in FAMILIES:
    if now_fam[f] < 4:
        err("emergency family %s has %d now items (<4)" % (f, now_fam[f]))
if n_non < 200: err("non-emergencies %d (<200)" % n_non)
for k in KINDS_NON:
    if non_kind[k] < 15:
        err("non-emergency kind %s has %d (<15)" % (k, non_kind[k]))
missing = [f for f in FAMILIES if not non_fam[f]]
if missing: err("non-emergency families missing: %s" % missing)

# ---------------- report
def show(title, counter, order):
    print(title)
    for k in order:
        print("  %-28s %d" % (k, counter[k]))

show("privacy identifier types:", type_counts, ID_TYPES)
show("triage departments:", dept_c, DEPTS)
show("triage age ranges:", age_c, AGES)
show("triage genders:", gen_c, GENDERS)
show("non-emergency kinds:", non_kind, KINDS_NON)
print("emergency families (now / non):")
for f in FAMILIES:
    print("  %-28s %d / %d" % (f, now_fam[f], non_fam[f]))
print("ERRORS: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with_ids, n_trap, n_quasi, len(tri), len(emg), n_now, n_non))
sys.exit(1 if errors else 0)
