"""Validate the three JSONL files and print count tables."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        err("%s: duplicate ids" % name)
    texts = [r.get("text") for r in rows]
    if len(texts) != len(set(texts)):
        err("%s: duplicate texts" % name)
    return rows


def table(title, counter):
    print("  " + title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-28s %4d" % (k, v))


priv = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
tri = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "q-t")
emg = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "q-e")

all_texts = [r["text"] for r in priv + tri + emg]
if len(all_texts) != len(set(all_texts)):
    err("duplicate texts across files")

# privacy
type_items = collections.Counter()
type_spans = collections.Counter()
with_id = no_id = with_quasi = 0
for r in priv:
    idents = r["identifiers"]
    if not isinstance(idents, list) or not isinstance(r["quasi"], list):
        err("%s: identifiers/quasi not lists" % r["id"])
        continue
    seen = set()
    for d in idents:
        if not isinstance(d, dict) or set(d) != {"type", "text"}:
            err("%s: bad identifier object %r" % (r["id"], d))
            continue
        if d["type"] not in ID_TYPES:
            err("%s: bad type %r" % (r["id"], d["type"]))
        if d["text"] not in r["text"]:
            err("%s: identifier not a substring: %r" % (r["id"], d["text"]))
        if d["text"] in seen:
            err("%s: identifier listed twice: %r" % (r["id"], d["text"]))
        seen.add(d["text"])
        type_spans[d["type"]] += 1
    for t in {d["type"] for d in idents if isinstance(d, dict) and "type" in d}:
        type_items[t] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            err("%s: quasi not a substring: %r" % (r["id"], q))
    if idents:
        with_id += 1
    else:
        no_id += 1
    if r["quasi"]:
        with_quasi += 1

# triage
dept = collections.Counter()
ages = collections.Counter()
gens = collections.Counter()
for r in tri:
    if r["department"] not in DEPTS:
        err("%s: bad department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("%s: bad age_range %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s: bad gender %r" % (r["id"], r["gender"]))
    dept[r["department"]] += 1
    ages[r["age_range"]] += 1
    gens[r["gender"]] += 1

# emergency
kinds = collections.Counter()
fam_now = collections.Counter()
fam_not = collections.Counter()
n_true = n_false = 0
for r in emg:
    if not isinstance(r["emergency"], bool):
        err("%s: emergency not bool" % r["id"])
    if r["kind"] not in KINDS:
        err("%s: bad kind %r" % (r["id"], r["kind"]))
    if r["family"] not in FAMILIES:
        err("%s: bad family %r" % (r["id"], r["family"]))
    if (r["kind"] == "now") != (r["emergency"] is True):
        err("%s: kind/emergency mismatch" % r["id"])
    kinds[r["kind"]] += 1
    if r["emergency"] is True:
        n_true += 1
        fam_now[r["family"]] += 1
    else:
        n_false += 1
        fam_not[r["family"]] += 1

print("privacy.jsonl: %d items (%d with identifiers, %d without, %d with quasi flags)"
      % (len(priv), with_id, no_id, with_quasi))
table("identifier type: items containing it", type_items)
table("identifier type: spans", type_spans)
print("triage.jsonl: %d items" % len(tri))
table("department", dept)
table("age_range", ages)
table("gender", gens)
print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(emg), n_true, n_false))
table("kind", kinds)
table("family (emergency=true)", fam_now)
table("family (emergency=false)", fam_not)

missing = FAMILIES - set(fam_now)
if missing:
    err("families with no now item: %s" % sorted(missing))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("validation: OK")
