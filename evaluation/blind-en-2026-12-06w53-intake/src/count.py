"""Check the three JSONL files and print count tables. Standard library only.
Run: python3 src/count.py"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "ap"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency", "sepsis_signs",
            "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child",
            "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def table(title, counter, order=None):
    print("\n%s" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))
    extra = [k for k in counter if order and k not in order]
    for k in extra:
        print("  %-28s %4d  (UNKNOWN)" % (k, counter[k]))


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

# ids
all_ids = [r.get("id") for r in privacy + triage + emergency]
dup_ids = [k for k, v in Counter(all_ids).items() if v > 1]
if dup_ids:
    err("duplicate ids: %s" % dup_ids)
for rows, tag in ((privacy, "p"), (triage, "t"), (emergency, "e")):
    for r in rows:
        rid = r.get("id", "")
        if not (rid.startswith("%s-%s" % (PREFIX, tag)) and rid[len(PREFIX) + 2:].isdigit()):
            err("bad id %r" % rid)

# texts
all_texts = [r.get("text", "") for r in privacy + triage + emergency]
for t in all_texts:
    if not isinstance(t, str) or not t.strip():
        err("empty text")
dup_texts = [k for k, v in Counter(all_texts).items() if v > 1]
for t in dup_texts:
    err("duplicate text: %r" % t[:80])

# privacy
id_types = Counter()
with_ids = 0
with_quasi = 0
n_occ = 0
for r in privacy:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err("%s: privacy fields %s" % (r.get("id"), sorted(r)))
        continue
    text = r["text"]
    seen = set()
    if r["identifiers"]:
        with_ids += 1
    for ident in r["identifiers"]:
        if set(ident) != {"type", "text"}:
            err("%s: identifier fields %s" % (r["id"], sorted(ident)))
            continue
        if ident["type"] not in ID_TYPES:
            err("%s: unknown identifier type %r" % (r["id"], ident["type"]))
        if ident["text"] not in text:
            err("%s: identifier %r not in text" % (r["id"], ident["text"]))
        key = (ident["type"], ident["text"])
        if key in seen:
            err("%s: identifier listed twice %r" % (r["id"], key))
        seen.add(key)
        id_types[ident["type"]] += 1
        n_occ += 1
    if not isinstance(r["quasi"], list):
        err("%s: quasi not a list" % r["id"])
    else:
        if r["quasi"]:
            with_quasi += 1
        for q in r["quasi"]:
            if q not in text:
                err("%s: quasi %r not in text" % (r["id"], q))
if len(privacy) < 250:
    err("privacy: only %d items (need >= 250)" % len(privacy))
for t in ID_TYPES:
    if id_types[t] == 0:
        err("privacy: identifier type %s missing" % t)
if n_occ < 250:
    err("privacy: only %d identifier occurrences (need about 250+)" % n_occ)
share = with_ids / max(1, len(privacy))
if not 0.5 <= share <= 0.7:
    err("privacy: share with identifiers %.2f (want about 0.6)" % share)
if with_quasi < 15:
    err("privacy: only %d items with quasi flags (want about 20)" % with_quasi)

# triage
depts = Counter()
ages = Counter()
genders = Counter()
for r in triage:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err("%s: triage fields %s" % (r.get("id"), sorted(r)))
        continue
    if r["department"] not in DEPARTMENTS:
        err("%s: unknown department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("%s: unknown age range %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s: unknown gender %r" % (r["id"], r["gender"]))
    depts[r["department"]] += 1
    ages[r["age_range"]] += 1
    genders[r["gender"]] += 1
if len(triage) != 88:
    err("triage: %d items (need exactly 88)" % len(triage))
for d in DEPARTMENTS:
    if depts[d] != 4:
        err("triage: department %s has %d items (need 4)" % (d, depts[d]))

# emergency
kinds = Counter()
fams = Counter()
now_fams = Counter()
non_fams = Counter()
for r in emergency:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err("%s: emergency fields %s" % (r.get("id"), sorted(r)))
        continue
    if not isinstance(r["emergency"], bool):
        err("%s: emergency not bool" % r["id"])
    if r["kind"] not in KINDS:
        err("%s: unknown kind %r" % (r["id"], r["kind"]))
    if r["family"] not in FAMILIES:
        err("%s: unknown family %r" % (r["id"], r["family"]))
    if (r["kind"] == "now") != (r["emergency"] is True):
        err("%s: kind %s inconsistent with emergency=%s" % (r["id"], r["kind"], r["emergency"]))
    kinds[r["kind"]] += 1
    fams[r["family"]] += 1
    if r["kind"] == "now":
        now_fams[r["family"]] += 1
    else:
        non_fams[r["family"]] += 1
n_now = kinds["now"]
n_non = len(emergency) - n_now
if len(emergency) < 300:
    err("emergency: only %d items (need >= 300)" % len(emergency))
if n_now < 110:
    err("emergency: only %d now items (need >= 110)" % n_now)
if n_non < 180:
    err("emergency: only %d non-emergencies (need >= 180)" % n_non)
for k in KINDS[1:]:
    if kinds[k] < 15:
        err("emergency: kind %s has only %d items (want about 20)" % (k, kinds[k]))
for f in FAMILIES:
    if now_fams[f] == 0:
        err("emergency: no now items for family %s" % f)

# tables
table("PRIVACY identifier types (occurrences)", id_types, ID_TYPES)
print("  items: %d, with identifiers: %d (%.0f%%), trap-only: %d, with quasi: %d, identifier occurrences: %d"
      % (len(privacy), with_ids, 100 * share, len(privacy) - with_ids, with_quasi, n_occ))
table("TRIAGE departments", depts, DEPARTMENTS)
table("TRIAGE age ranges", ages, AGES)
table("TRIAGE genders", genders, GENDERS)
table("EMERGENCY kinds", kinds, KINDS)
print("\nEMERGENCY families (now / non-now / total)")
for f in FAMILIES:
    print("  %-28s %4d %4d %4d" % (f, now_fams[f], non_fams[f], fams[f]))

print()
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
else:
    print("All checks passed.")
print("SUMMARY: privacy=%d (with_identifiers=%d, trap_only=%d, identifier_occurrences=%d, quasi_items=%d) "
      "triage=%d emergency=%d (now=%d, non_emergency=%d) errors=%d"
      % (len(privacy), with_ids, len(privacy) - with_ids, n_occ, with_quasi, len(triage), len(emergency), n_now, n_non,
         len(errors)))
sys.exit(1 if errors else 0)
