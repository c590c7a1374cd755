"""Validate the three JSONL files and print count tables."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "severe_burn", "choking"]
NEG_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    return rows


P = load("privacy.jsonl", {"id", "text", "identifiers"}, "jz-p")
T = load("triage.jsonl", {"id", "text", "age_range", "gender", "department"}, "jz-t")
E = load("emergency.jsonl", {"id", "text", "emergency", "family", "kind"}, "jz-e")

# unique ids, duplicate texts within and across files
ids = collections.Counter(r["id"] for r in P + T + E)
for k, v in ids.items():
    if v > 1:
        err("duplicate id %s" % k)
texts = collections.Counter(r["text"].strip() for r in P + T + E)
for k, v in texts.items():
    if v > 1:
        err("duplicate text: %s" % k[:30])

# privacy checks
type_counts = collections.Counter()
empty = 0
for r in P:
    idl = r["identifiers"]
    if not isinstance(idl, list):
        err("%s identifiers not a list" % r["id"])
        continue
    if not idl:
        empty += 1
    for d in idl:
        if not isinstance(d, dict) or set(d) != {"type", "text"}:
            err("%s bad identifier entry %r" % (r["id"], d))
            continue
        if d["type"] not in ID_TYPES:
            err("%s bad identifier type %r" % (r["id"], d["type"]))
        if not d["text"] or d["text"] not in r["text"]:
            err("%s span not in text: %r" % (r["id"], d["text"]))
        type_counts[d["type"]] += 1

# triage checks
dept_counts = collections.Counter()
for r in T:
    if r["department"] not in DEPTS:
        err("%s bad department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("%s bad age_range %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s bad gender %r" % (r["id"], r["gender"]))
    dept_counts[r["department"]] += 1

# emergency checks
em_fam = collections.Counter()
neg_fam = collections.Counter()
neg_kind = collections.Counter()
for r in E:
    if not isinstance(r["emergency"], bool):
        err("%s emergency not bool" % r["id"])
    if r["family"] not in FAMILIES:
        err("%s bad family %r" % (r["id"], r["family"]))
    if r["emergency"] is True:
        if r["kind"] != "now":
            err("%s emergency with kind %r" % (r["id"], r["kind"]))
        em_fam[r["family"]] += 1
    else:
        if r["kind"] not in NEG_KINDS:
            err("%s bad negative kind %r" % (r["id"], r["kind"]))
        neg_fam[r["family"]] += 1
        neg_kind[r["kind"]] += 1

# minimum counts from the task file
if len(P) < 170:
    err("privacy has %d < 170 items" % len(P))
if not (0.25 <= empty / max(len(P), 1) <= 0.42):
    err("privacy empty share %.2f is not about a third" % (empty / max(len(P), 1)))
for d in DEPTS:
    if dept_counts[d] != 5:
        err("department %s has %d items (need exactly 5)" % (d, dept_counts[d]))
if len(T) != 110:
    err("triage has %d items (need 110)" % len(T))
n_em = sum(em_fam.values())
n_neg = sum(neg_fam.values())
if n_em < 60:
    err("only %d emergencies" % n_em)
if n_neg < 90:
    err("only %d non-emergencies" % n_neg)
for f in FAMILIES:
    if em_fam[f] < 3:
        err("family %s has %d emergencies (need 3)" % (f, em_fam[f]))

# tables
print("privacy.jsonl: %d items, %d with empty list (%.0f%%), %d with identifiers"
      % (len(P), empty, 100.0 * empty / len(P), len(P) - empty))
print("  identifier spans by type:")
for t in sorted(ID_TYPES):
    print("    %-14s %3d" % (t, type_counts[t]))
print("triage.jsonl: %d items" % len(T))
for d in DEPTS:
    print("    %-22s %d" % (d, dept_counts[d]))
print("  age_range:", ", ".join("%s=%d" % (a, sum(1 for r in T if r["age_range"] == a)) for a in AGES))
print("  gender:", ", ".join("%s=%d" % (g, sum(1 for r in T if r["gender"] == g)) for g in sorted(GENDERS)))
print("emergency.jsonl: %d items, %d emergencies, %d non-emergencies" % (len(E), n_em, n_neg))
print("    %-28s %5s %5s" % ("family", "now", "neg"))
for f in FAMILIES:
    print("    %-28s %5d %5d" % (f, em_fam[f], neg_fam[f]))
print("  non-emergency kinds:")
for k in sorted(NEG_KINDS):
    print("    %-24s %3d" % (k, neg_kind[k]))

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nAll checks passed.")
