"""Check and count the writer-81 test set (standard library only). Exits non-zero on any error."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "br"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = {"female", "male", "other", "undisclosed"}
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


def load(fname):
    rows = []
    path = os.path.join(OUT, fname)
    if not os.path.exists(path):
        err(f"missing file {fname}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err(f"{fname}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{fname}:{n}: bad JSON ({e})")
    return rows


def check_ids(rows, letter, fname):
    seen = set()
    pat = re.compile(rf"^{PREFIX}-{letter}\d{{3}}$")
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err(f"{fname}: bad id {rid!r}")
        if rid in seen:
            err(f"{fname}: duplicate id {rid}")
        seen.add(rid)


def check_text(r, where):
    t = r.get("text")
    if not isinstance(t, str) or not t.strip():
        err(f"{where}: text missing or empty")
        return ""
    return t


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")
check_ids(privacy, "p", "privacy.jsonl")
check_ids(triage, "t", "triage.jsonl")
check_ids(emergency, "e", "emergency.jsonl")

all_texts = {}


def note_text(t, where):
    key = t.strip()
    if key in all_texts:
        err(f"{where}: duplicate text (also {all_texts[key]})")
    else:
        all_texts[key] = where


# privacy
id_type_counts = Counter()
with_ids = trap_only = with_quasi = 0
for r in privacy:
    where = f"privacy {r.get('id')}"
    if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
        err(f"{where}: fields {sorted(r.keys())}")
    t = check_text(r, where)
    note_text(t, where)
    ids = r.get("identifiers")
    q = r.get("quasi")
    if not isinstance(ids, list):
        err(f"{where}: identifiers not a list")
        ids = []
    if not isinstance(q, list):
        err(f"{where}: quasi not a list")
        q = []
    seen = set()
    for ident in ids:
        if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
            err(f"{where}: bad identifier {ident!r}")
            continue
        if ident["type"] not in ID_TYPES:
            err(f"{where}: bad identifier type {ident['type']!r}")
        if not isinstance(ident["text"], str) or not ident["text"]:
            err(f"{where}: empty identifier text")
            continue
        if ident["text"] not in t:
            err(f"{where}: identifier {ident['text']!r} not a substring")
        if ident["text"] in seen:
            err(f"{where}: identifier {ident['text']!r} listed twice")
        seen.add(ident["text"])
        id_type_counts[ident["type"]] += 1
    qseen = set()
    for qt in q:
        if not isinstance(qt, str) or not qt:
            err(f"{where}: bad quasi {qt!r}")
            continue
        if qt not in t:
            err(f"{where}: quasi {qt!r} not a substring")
        if qt in qseen:
            err(f"{where}: quasi {qt!r} listed twice")
        qseen.add(qt)
    if ids:
        with_ids += 1
    else:
        trap_only += 1
    if q:
        with_quasi += 1

# triage
dept_counts = Counter()
age_counts = Counter()
gender_counts = Counter()
for r in triage:
    where = f"triage {r.get('id')}"
    if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
        err(f"{where}: fields {sorted(r.keys())}")
    t = check_text(r, where)
    note_text(t, where)
    if r.get("department") not in DEPARTMENTS:
        err(f"{where}: bad department {r.get('department')!r}")
    if r.get("age_range") not in AGES:
        err(f"{where}: bad age_range {r.get('age_range')!r}")
    if r.get("gender") not in GENDERS:
        err(f"{where}: bad gender {r.get('gender')!r}")
    dept_counts[r.get("department")] += 1
    age_counts[r.get("age_range")] += 1
    gender_counts[r.get("gender")] += 1

# emergency
kind_counts = Counter()
fam_now = Counter()
fam_non = Counter()
n_now = n_non = 0
for r in emergency:
    where = f"emergency {r.get('id')}"
    if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
        err(f"{where}: fields {sorted(r.keys())}")
    t = check_text(r, where)
    note_text(t, where)
    e = r.get("emergency")
    k = r.get("kind")
    fam = r.get("family")
    if not isinstance(e, bool):
        err(f"{where}: emergency not a bool")
    if k != "now" and k not in NON_KINDS:
        err(f"{where}: bad kind {k!r}")
    if fam not in FAMILIES:
        err(f"{where}: bad family {fam!r}")
    if (e is True) != (k == "now"):
        err(f"{where}: emergency={e} but kind={k}")
    kind_counts[k] += 1
    if k == "now":
        n_now += 1
        fam_now[fam] += 1
    else:
        n_non += 1
        fam_non[fam] += 1

# floors from the brief
if len(privacy) < 260:
    err(f"privacy has {len(privacy)} items (< 260)")
if with_ids < 150:
    err(f"privacy with identifiers {with_ids} (< 150)")
if trap_only < 100:
    err(f"privacy trap-only {trap_only} (< 100)")
if with_quasi < 15:
    err(f"privacy with quasi {with_quasi} (< 15)")
if len(triage) != 88:
    err(f"triage has {len(triage)} items (!= 88)")
for d in sorted(DEPARTMENTS):
    if dept_counts[d] != 4:
        err(f"triage department {d} has {dept_counts[d]} items (!= 4)")
if n_now < 120:
    err(f"emergency now {n_now} (< 120)")
if n_non < 200:
    err(f"emergency non {n_non} (< 200)")
for fam in FAMILIES:
    if fam_now[fam] == 0:
        err(f"no now-emergency for family {fam}")
for k in NON_KINDS:
    if kind_counts[k] < 15:
        err(f"non-emergency kind {k} has {kind_counts[k]} items (< 15)")


def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k}: {counter.get(k, 0)}")


show("privacy identifier types:", id_type_counts, sorted(ID_TYPES))
show("triage departments:", dept_counts, sorted(DEPARTMENTS))
show("triage age ranges:", age_counts, AGES)
show("triage genders:", gender_counts, sorted(GENDERS))
show("emergency kinds:", kind_counts, ["now"] + NON_KINDS)
show("emergency families (now):", fam_now, FAMILIES)
show("emergency families (non):", fam_non, FAMILIES)

if errors:
    print(f"ERRORS ({len(errors)}):")
    for e in errors:
        print("  " + e)
else:
    print("errors: none")

print(f"SUMMARY: privacy {len(privacy)} ({with_ids} with identifiers, {trap_only} trap-only, {with_quasi} with quasi); "
      f"triage {len(triage)}; emergency {len(emergency)} ({n_now} now, {n_non} non)")
sys.exit(1 if errors else 0)
