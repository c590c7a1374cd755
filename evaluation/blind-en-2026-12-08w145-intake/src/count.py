"""Standard-library checker for the writer-145 built files."""
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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
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


def glued(text, i, sub):
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(sub)] if i + len(sub) < len(text) else " "
    return before.isalnum() or after.isalnum()


def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

all_ids, all_texts = Counter(), Counter()
for rows in (privacy, triage, emergency):
    for r in rows:
        all_ids[r.get("id")] += 1
        all_texts[r.get("text")] += 1
for k, v in all_ids.items():
    if v > 1:
        err("duplicate id %s" % k)
for k, v in all_texts.items():
    if v > 1:
        err("duplicate text: %r" % (k[:60] if isinstance(k, str) else k))

# ---------- privacy ----------
type_counts = Counter()
n_with_ids = n_trap = n_quasi = 0
for r in privacy:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("%s: privacy keys %s" % (r.get("id"), sorted(r)))
        continue
    if not re.fullmatch(r"ee-p\d{3}", r["id"]):
        err("bad privacy id %s" % r["id"])
    text = r["text"]
    seen = set()
    for ident in r["identifiers"]:
        keys = set(ident)
        if not ({"type", "text"} <= keys <= {"type", "text", "occurrence"}):
            err("%s: identifier keys %s" % (r["id"], sorted(keys)))
            continue
        if ident["type"] not in ID_TYPES:
            err("%s: bad identifier type %s" % (r["id"], ident["type"]))
        if (ident["type"], ident["text"]) in seen:
            err("%s: identifier listed twice %r" % (r["id"], ident["text"]))
        seen.add((ident["type"], ident["text"]))
        occ = occurrences(text, ident["text"])
        if not occ:
            err("%s: identifier not verbatim: %r" % (r["id"], ident["text"]))
            continue
        if "occurrence" in ident:
            k = ident["occurrence"]
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("%s: bad occurrence %r for %r" % (r["id"], k, ident["text"]))
            if len(occ) < 2:
                err("%s: occurrence given for a string that appears once: %r" % (r["id"], ident["text"]))
        if ident["type"] == "name":
            for i in occ:
                if glued(text, i, ident["text"]):
                    err("%s: name %r glued inside a longer word" % (r["id"], ident["text"]))
                    break
        type_counts[ident["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in text:
            err("%s: quasi not verbatim: %r" % (r["id"], q))
    if r["identifiers"]:
        n_with_ids += 1
    else:
        n_trap += 1
        if r["quasi"]:
            err("%s: trap-only item has quasi flags" % r["id"])
    if r["quasi"]:
        n_quasi += 1

if len(privacy) < 260:
    err("privacy has %d items (< 260)" % len(privacy))
if n_with_ids < 150:
    err("privacy with identifiers %d (< 150)" % n_with_ids)
if n_trap < 100:
    err("privacy trap-only %d (< 100)" % n_trap)
if n_quasi < 15:
    err("privacy with quasi %d (< 15)" % n_quasi)
for t in ID_TYPES:
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if type_counts[t] < need:
        err("identifier type %s has %d spans (< %d)" % (t, type_counts[t], need))

# ---------- triage ----------
dept_c, age_c, gender_c = Counter(), Counter(), Counter()
for r in triage:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("%s: triage keys %s" % (r.get("id"), sorted(r)))
        continue
    if not re.fullmatch(r"ee-t\d{3}", r["id"]):
        err("bad triage id %s" % r["id"])
    if r["department"] not in DEPTS:
        err("%s: bad department %s" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("%s: bad age_range %s" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s: bad gender %s" % (r["id"], r["gender"]))
    dept_c[r["department"]] += 1
    age_c[r["age_range"]] += 1
    gender_c[r["gender"]] += 1
if len(triage) != 88:
    err("triage has %d items (!= 88)" % len(triage))
for d in DEPTS:
    if dept_c[d] != 4:
        err("department %s has %d items (!= 4)" % (d, dept_c[d]))
if len([a for a in AGES if age_c[a]]) < 6:
    err("triage ages spread over fewer than 6 ranges")

# ---------- emergency ----------
kind_c, fam_now, fam_non = Counter(), Counter(), Counter()
n_now = n_non = 0
for r in emergency:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("%s: emergency keys %s" % (r.get("id"), sorted(r)))
        continue
    if not re.fullmatch(r"ee-e\d{3}", r["id"]):
        err("bad emergency id %s" % r["id"])
    if r["family"] not in FAMILIES:
        err("%s: bad family %s" % (r["id"], r["family"]))
    if r["emergency"] is True:
        if r["kind"] != "now":
            err("%s: emergency true with kind %s" % (r["id"], r["kind"]))
        n_now += 1
        fam_now[r["family"]] += 1
    elif r["emergency"] is False:
        if r["kind"] not in KINDS_NON:
            err("%s: non-emergency with kind %s" % (r["id"], r["kind"]))
        n_non += 1
        fam_non[r["family"]] += 1
    else:
        err("%s: emergency not boolean" % r["id"])
    kind_c[r["kind"]] += 1
if n_now < 120:
    err("emergencies %d (< 120)" % n_now)
if n_non < 200:
    err("non-emergencies %d (< 200)" % n_non)
for f in FAMILIES:
    if fam_now[f] < 4:
        err("family %s has %d emergencies (< 4)" % (f, fam_now[f]))
    if fam_non[f] < 1:
        err("family %s has no non-emergency" % f)
for k in KINDS_NON:
    if kind_c[k] < 15:
        err("kind %s has %d items (< 15)" % (k, kind_c[k]))

# ---------- report ----------
show("privacy identifier spans per type:", type_counts, ID_TYPES)
show("triage per department:", dept_c, DEPTS)
show("triage per age_range:", age_c, AGES)
show("triage per gender:", gender_c, GENDERS)
show("emergency per kind:", kind_c, ["now"] + KINDS_NON)
show("emergency (now) per family:", fam_now, FAMILIES)
show("non-emergency per family:", fam_non, FAMILIES)
print("ERRORS: %d" % len(errors))
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(privacy), n_with_ids, n_trap, n_quasi, len(triage), len(emergency), n_now, n_non))
sys.exit(1 if errors else 0)
