"""Standard-library checker for the built files (writer 134)."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dt"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics",
               "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
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


def load(name):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err(f"{name}:{n}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
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
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(sub)] if i + len(sub) < len(text) else ""
    return (before.isalnum() or before == "_") or (after.isalnum() or after == "_")


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

all_ids, all_texts = [], []

# ---------------- privacy
type_counts = Counter()
n_with_ids = n_traps = n_quasi = 0
for r in privacy:
    rid = r.get("id", "?")
    if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
        err(f"{rid}: privacy keys {sorted(r.keys())}")
        continue
    if not re.fullmatch(PREFIX + r"-p\d{3}", rid):
        err(f"{rid}: bad id")
    text = r["text"]
    all_ids.append(rid)
    all_texts.append(text)
    if not isinstance(r["identifiers"], list) or not isinstance(r["quasi"], list):
        err(f"{rid}: identifiers/quasi not lists")
        continue
    seen = set()
    for ent in r["identifiers"]:
        keys = set(ent.keys())
        if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
            err(f"{rid}: identifier keys {sorted(keys)}")
            continue
        t, s = ent["type"], ent["text"]
        if t not in ID_TYPES:
            err(f"{rid}: bad identifier type {t}")
        if (t, s, ent.get("occurrence")) in seen:
            err(f"{rid}: duplicate identifier {t} {s!r}")
        seen.add((t, s, ent.get("occurrence")))
        occ = occurrences(text, s)
        if not s or not occ:
            err(f"{rid}: identifier text not verbatim: {s!r}")
            continue
        if "occurrence" in ent:
            k = ent["occurrence"]
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err(f"{rid}: bad occurrence {k} for {s!r} (found {len(occ)})")
            elif len(occ) < 2:
                err(f"{rid}: occurrence given but {s!r} not repeated")
        if t == "name":
            idx = occ
            if "occurrence" in ent and isinstance(ent["occurrence"], int) and 1 <= ent["occurrence"] <= len(occ):
                idx = [occ[ent["occurrence"] - 1]]
            for i in occ:
                if glued(text, i, s):
                    err(f"{rid}: name {s!r} glued inside a longer word at {i}")
            if s.startswith(("Dr.", "Mrs.", "Mr.", "Ms.")):
                err(f"{rid}: title included in name {s!r}")
        type_counts[t] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in text:
            err(f"{rid}: quasi not verbatim: {q!r}")
    if r["identifiers"]:
        n_with_ids += 1
    else:
        n_traps += 1
        if r["quasi"]:
            err(f"{rid}: quasi flags on an item without identifiers")
    if r["quasi"]:
        n_quasi += 1

if len(privacy) < 260:
    err(f"privacy: only {len(privacy)} items (need 260)")
if n_with_ids < 150:
    err(f"privacy: only {n_with_ids} with identifiers (need 150)")
if n_traps < 100:
    err(f"privacy: only {n_traps} trap-only (need 100)")
if n_quasi < 15:
    err(f"privacy: only {n_quasi} with quasi (need 15)")
for t in ID_TYPES:
    need = 5 if t in ("licence_plate", "url", "handle") else 8
    if type_counts[t] < need:
        err(f"privacy: only {type_counts[t]} spans of {t} (need {need})")

# ---------------- triage
dept_counts, age_counts, gender_counts = Counter(), Counter(), Counter()
for r in triage:
    rid = r.get("id", "?")
    if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
        err(f"{rid}: triage keys {sorted(r.keys())}")
        continue
    if not re.fullmatch(PREFIX + r"-t\d{3}", rid):
        err(f"{rid}: bad id")
    all_ids.append(rid)
    all_texts.append(r["text"])
    if r["department"] not in DEPARTMENTS:
        err(f"{rid}: bad department {r['department']}")
    if r["age_range"] not in AGES:
        err(f"{rid}: bad age_range {r['age_range']}")
    if r["gender"] not in GENDERS:
        err(f"{rid}: bad gender {r['gender']}")
    dept_counts[r["department"]] += 1
    age_counts[r["age_range"]] += 1
    gender_counts[r["gender"]] += 1
if len(triage) != 88:
    err(f"triage: {len(triage)} items (need exactly 88)")
for d in DEPARTMENTS:
    if dept_counts[d] != 4:
        err(f"triage: department {d} has {dept_counts[d]} (need 4)")
if len([a for a in AGES if age_counts[a]]) < 6:
    err("triage: fewer than 6 age ranges used")

# ---------------- emergency
now_fam, non_fam, non_kind = Counter(), Counter(), Counter()
for r in emergency:
    rid = r.get("id", "?")
    if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
        err(f"{rid}: emergency keys {sorted(r.keys())}")
        continue
    if not re.fullmatch(PREFIX + r"-e\d{3}", rid):
        err(f"{rid}: bad id")
    all_ids.append(rid)
    all_texts.append(r["text"])
    if r["family"] not in FAMILIES:
        err(f"{rid}: bad family {r['family']}")
    if r["emergency"] is True:
        if r["kind"] != "now":
            err(f"{rid}: emergency true but kind {r['kind']}")
        now_fam[r["family"]] += 1
    elif r["emergency"] is False:
        if r["kind"] not in KINDS_NON:
            err(f"{rid}: bad non-emergency kind {r['kind']}")
        non_kind[r["kind"]] += 1
        non_fam[r["family"]] += 1
    else:
        err(f"{rid}: emergency not boolean")
n_now, n_non = sum(now_fam.values()), sum(non_fam.values())
if n_now < 120:
    err(f"emergency: only {n_now} now (need 120)")
if n_non < 200:
    err(f"emergency: only {n_non} non (need 200)")
for f in FAMILIES:
    if now_fam[f] < 4:
        err(f"emergency: family {f} has {now_fam[f]} now items (need 4)")
for k in KINDS_NON:
    if non_kind[k] < 15:
        err(f"emergency: kind {k} has {non_kind[k]} items (need 15)")
if len([f for f in FAMILIES if non_fam[f]]) < 26:
    err("emergency: non-emergency families do not cover all 26")

# ---------------- uniqueness
for x, c in Counter(all_ids).items():
    if c > 1:
        err(f"duplicate id {x}")
for x, c in Counter(all_texts).items():
    if c > 1:
        err(f"duplicate text: {x[:70]!r}")

# ---------------- report
print("== privacy identifier spans per type")
for t in ID_TYPES:
    print(f"  {t}: {type_counts[t]}")
print("== triage per department")
for d in DEPARTMENTS:
    print(f"  {d}: {dept_counts[d]}")
print("== triage per age range")
for a in AGES:
    print(f"  {a}: {age_counts[a]}")
print("== triage per gender")
for g in GENDERS:
    print(f"  {g}: {gender_counts[g]}")
print("== emergency non-emergency per kind")
for k in KINDS_NON:
    print(f"  {k}: {non_kind[k]}")
print("== emergency per family (now / non)")
for f in FAMILIES:
    print(f"  {f}: {now_fam[f]} / {non_fam[f]}")
for e in errors:
    print("ERROR:", e)
print(f"ERRORS: {len(errors)}")
print(f"SUMMARY: privacy {len(privacy)} ({n_with_ids} with identifiers, {n_traps} trap-only, {n_quasi} with quasi); "
      f"triage {len(triage)}; emergency {n_now + n_non} ({n_now} now, {n_non} non)")
sys.exit(1 if errors else 0)
