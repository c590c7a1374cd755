"""Standard-library checker for the built files (writer 135). Exits non-zero on any error."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "du"
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
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_common(rows, name, keys, letter):
    ids, texts = set(), set()
    for r in rows:
        if set(r.keys()) != set(keys) and not (name == "privacy.jsonl" and set(r.keys()) == set(keys)):
            err("%s %s: keys %s" % (name, r.get("id"), sorted(r.keys())))
        rid = r.get("id", "")
        if not re.fullmatch(r"%s-%s\d{3}" % (PREFIX, letter), rid):
            err("%s: bad id %r" % (name, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (name, rid))
        ids.add(rid)
        t = r.get("text", "")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
        if t in texts:
            err("%s %s: duplicate text" % (name, rid))
        texts.add(t)
    return texts


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


# ---------------- privacy
priv = load("privacy.jsonl")
check_common(priv, "privacy.jsonl", ["id", "text", "identifiers", "quasi"], "p")
type_counts = Counter()
with_ids = trap_only = with_quasi = 0
for r in priv:
    t, rid = r["text"], r["id"]
    idents = r.get("identifiers", [])
    quasi = r.get("quasi", [])
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("privacy %s: identifiers/quasi not lists" % rid)
        continue
    if idents:
        with_ids += 1
    else:
        trap_only += 1
    if quasi:
        with_quasi += 1
    seen = set()
    for d in idents:
        ks = set(d.keys())
        if not (ks == {"type", "text"} or ks == {"type", "text", "occurrence"}):
            err("privacy %s: identifier keys %s" % (rid, sorted(ks)))
        typ, s = d.get("type"), d.get("text", "")
        if typ not in ID_TYPES:
            err("privacy %s: bad type %r" % (rid, typ))
        type_counts[typ] += 1
        occ = occurrences(t, s)
        if not s or not occ:
            err("privacy %s: identifier %r not verbatim in text" % (rid, s))
            continue
        if "occurrence" in d:
            k = d["occurrence"]
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("privacy %s: bad occurrence %r for %r" % (rid, k, s))
            if len(occ) < 2:
                err("privacy %s: occurrence given for unrepeated %r" % (rid, s))
        if (typ, s, d.get("occurrence")) in seen:
            err("privacy %s: identifier listed twice %r" % (rid, s))
        seen.add((typ, s, d.get("occurrence")))
        if s != s.strip():
            err("privacy %s: identifier %r has outer whitespace" % (rid, s))
        if typ == "name":
            if re.search(r"\b(Dr|Mrs|Mr|Ms|Miss|Prof)\.?\s", s):
                err("privacy %s: name %r includes a title" % (rid, s))
            for i in occ:
                before = t[i - 1] if i > 0 else " "
                after = t[i + len(s)] if i + len(s) < len(t) else " "
                if re.match(r"\w", before) or re.match(r"\w", after):
                    err("privacy %s: name %r glued inside a longer word" % (rid, s))
    for q in quasi:
        if not isinstance(q, str) or q not in t:
            err("privacy %s: quasi %r not verbatim in text" % (rid, q))

if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if with_ids < 150:
    err("privacy: %d items with identifiers < 150" % with_ids)
if trap_only < 100:
    err("privacy: %d trap-only items < 100" % trap_only)
if with_quasi < 15:
    err("privacy: %d items with quasi < 15" % with_quasi)
for typ in ID_TYPES:
    need = 5 if typ in ("licence_plate", "url", "handle") else 8
    if type_counts[typ] < need:
        err("privacy: only %d spans of %s (need %d)" % (type_counts[typ], typ, need))

# ---------------- triage
tri = load("triage.jsonl")
check_common(tri, "triage.jsonl", ["id", "text", "department", "age_range", "gender"], "t")
dept_c, age_c, gen_c = Counter(), Counter(), Counter()
for r in tri:
    if r.get("department") not in DEPTS:
        err("triage %s: bad department %r" % (r["id"], r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (r["id"], r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (r["id"], r.get("gender")))
    dept_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
if len(tri) != 88:
    err("triage: %d items, need exactly 88" % len(tri))
for d in DEPTS:
    if dept_c[d] != 4:
        err("triage: %s has %d items, need 4" % (d, dept_c[d]))
if len([a for a in AGES if age_c[a]]) < 6:
    err("triage: ages cover fewer than 6 ranges")

# ---------------- emergency
em = load("emergency.jsonl")
check_common(em, "emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "e")
now_fam, non_fam, kind_c = Counter(), Counter(), Counter()
n_now = n_non = 0
for r in em:
    e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if fam not in FAMILIES:
        err("emergency %s: bad family %r" % (r["id"], fam))
    if e is True:
        n_now += 1
        now_fam[fam] += 1
        if k != "now":
            err("emergency %s: emergency true but kind %r" % (r["id"], k))
    elif e is False:
        n_non += 1
        non_fam[fam] += 1
        kind_c[k] += 1
        if k not in KINDS:
            err("emergency %s: bad non-emergency kind %r" % (r["id"], k))
    else:
        err("emergency %s: emergency not boolean" % r["id"])
if n_now < 120:
    err("emergency: %d now < 120" % n_now)
if n_non < 200:
    err("emergency: %d non < 200" % n_non)
for f in FAMILIES:
    if now_fam[f] < 4:
        err("emergency: family %s has %d now items < 4" % (f, now_fam[f]))
    if non_fam[f] < 1:
        err("emergency: family %s has no non-emergency item" % f)
for k in KINDS:
    if kind_c[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, kind_c[k]))

# ---------------- report
def show(title, c, order):
    print(title + ": " + ", ".join("%s=%d" % (x, c[x]) for x in order))

show("privacy identifier spans per type", type_counts, ID_TYPES)
show("triage per department", dept_c, DEPTS)
show("triage per age", age_c, AGES)
show("triage per gender", gen_c, GENDERS)
show("emergency non per kind", kind_c, KINDS)
show("emergency now per family", now_fam, FAMILIES)
show("emergency non per family", non_fam, FAMILIES)
for m in errors:
    print("ERROR:", m)
print("ERRORS: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
