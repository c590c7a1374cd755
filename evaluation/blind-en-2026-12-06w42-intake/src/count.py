"""Check the built jsonl files and print count tables (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]
PREFIX = "ae"

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s line %d: bad json %s" % (name, n, e))
    return rows


def table(title, counter, keys=None):
    print(title)
    for k in (keys or sorted(counter)):
        print("  %-28s %d" % (k, counter.get(k, 0)))


privacy = load("privacy.jsonl")
triage = load("triage.jsonl")
emergency = load("emergency.jsonl")

all_ids = set()
all_texts = collections.Counter()
for fname, rows, tag, fields in [("privacy", privacy, "p", {"id", "text", "identifiers", "quasi"}),
                                 ("triage", triage, "t", {"id", "text", "department", "age_range", "gender"}),
                                 ("emergency", emergency, "e", {"id", "text", "emergency", "kind", "family"})]:
    for r in rows:
        if set(r) != fields:
            err("%s %s: fields %s" % (fname, r.get("id"), sorted(r)))
        rid = r.get("id", "")
        if not (rid.startswith("%s-%s" % (PREFIX, tag)) and rid[len(PREFIX) + 2:].isdigit()):
            err("%s: bad id %r" % (fname, rid))
        if rid in all_ids:
            err("duplicate id %s" % rid)
        all_ids.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (fname, rid))
        all_texts[r.get("text", "").strip().lower()] += 1
for t, c in all_texts.items():
    if c > 1:
        err("duplicate text (%d): %s" % (c, t[:80]))

# privacy
type_counts = collections.Counter()
with_ids = 0
quasi_count = 0
for r in privacy:
    ids = r["identifiers"]
    if ids:
        with_ids += 1
    seen = set()
    for i in ids:
        if set(i) != {"type", "text"}:
            err("%s: identifier fields %s" % (r["id"], sorted(i)))
        if i.get("type") not in ID_TYPES:
            err("%s: bad identifier type %r" % (r["id"], i.get("type")))
        if i.get("text") not in r["text"]:
            err("%s: identifier not substring: %r" % (r["id"], i.get("text")))
        if (i.get("type"), i.get("text")) in seen:
            err("%s: repeated identifier %r" % (r["id"], i.get("text")))
        seen.add((i.get("type"), i.get("text")))
        type_counts[i.get("type")] += 1
    if not isinstance(r["quasi"], list):
        err("%s: quasi not list" % r["id"])
    for q in r["quasi"]:
        quasi_count += 1
        if q not in r["text"]:
            err("%s: quasi not substring: %r" % (r["id"], q))
for t in ID_TYPES:
    if type_counts[t] < 8:
        err("identifier type %s only %d times" % (t, type_counts[t]))
if type_counts and max(type_counts, key=type_counts.get) != "name":
    err("names are not the most frequent identifier type")
if len(privacy) < 250:
    err("privacy has only %d items" % len(privacy))

# triage
dept = collections.Counter(r["department"] for r in triage)
ages = collections.Counter(r["age_range"] for r in triage)
gend = collections.Counter(r["gender"] for r in triage)
for r in triage:
    if r["department"] not in DEPTS:
        err("%s: bad department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("%s: bad age_range %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s: bad gender %r" % (r["id"], r["gender"]))
if len(triage) != 88:
    err("triage has %d items, expected 88" % len(triage))
for d in DEPTS:
    if dept[d] != 4:
        err("department %s has %d items" % (d, dept[d]))

# emergency
em_fam = collections.Counter()
non_kind = collections.Counter()
non_fam = collections.Counter()
n_em = n_non = 0
for r in emergency:
    if not isinstance(r["emergency"], bool):
        err("%s: emergency not bool" % r["id"])
    if r["family"] not in FAMILIES:
        err("%s: bad family %r" % (r["id"], r["family"]))
    if r["emergency"]:
        n_em += 1
        em_fam[r["family"]] += 1
        if r["kind"] != "now":
            err("%s: emergency with kind %r" % (r["id"], r["kind"]))
    else:
        n_non += 1
        non_kind[r["kind"]] += 1
        non_fam[r["family"]] += 1
        if r["kind"] not in KINDS:
            err("%s: bad non-emergency kind %r" % (r["id"], r["kind"]))
if n_em < 110:
    err("only %d emergencies" % n_em)
if n_non < 170:
    err("only %d non-emergencies" % n_non)
for f in FAMILIES:
    if em_fam[f] < 4:
        err("emergency family %s has %d" % (f, em_fam[f]))
for k in KINDS:
    if non_kind[k] < 18:
        err("non-emergency kind %s has %d" % (k, non_kind[k]))

print("PRIVACY: %d items, %d with identifiers (%.0f%%), %d trap-only, %d quasi flags"
      % (len(privacy), with_ids, 100.0 * with_ids / max(1, len(privacy)), len(privacy) - with_ids, quasi_count))
table("identifier types:", type_counts, ID_TYPES)
print("TRIAGE: %d items" % len(triage))
table("departments:", dept, DEPTS)
table("age ranges:", ages, AGES)
table("genders:", gend, GENDERS)
print("EMERGENCY: %d items, %d emergencies, %d non-emergencies" % (len(emergency), n_em, n_non))
table("emergency families (now):", em_fam, FAMILIES)
table("non-emergency kinds:", non_kind, KINDS)
table("non-emergency families:", non_fam, FAMILIES)

if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    print("SUMMARY: FAIL")
    sys.exit(1)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d quasi), triage %d, emergency %d (%d emergencies, %d non-emergencies) - all checks passed"
      % (len(privacy), with_ids, len(privacy) - with_ids, quasi_count, len(triage), len(emergency), n_em, n_non))
