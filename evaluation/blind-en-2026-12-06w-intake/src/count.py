"""Validate the JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"now", "past_event", "examined_or_treated", "relative_history",
         "hypothetical_or_general", "negated", "figure_of_speech", "medicine_question",
         "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not isinstance(r.get("id"), str) or not r["id"].startswith(prefix):
                err("%s:%d bad id %r" % (name, n, r.get("id")))
            if r.get("id") in all_ids:
                err("%s:%d duplicate id %s" % (name, n, r.get("id")))
            all_ids.add(r.get("id"))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
            elif r["text"] in all_texts:
                err("%s:%d duplicate text" % (name, n))
            all_texts.add(r.get("text"))
            rows.append(r)
    return rows


def table(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-28s %4d" % (k, v))


priv = load("privacy.jsonl", {"id", "text", "identifiers", "quasi"}, "q-p")
tri = load("triage.jsonl", {"id", "text", "department", "age_range", "gender"}, "q-t")
emg = load("emergency.jsonl", {"id", "text", "emergency", "kind", "family"}, "q-e")

type_items = Counter()
type_spans = Counter()
with_ids = without_ids = with_quasi = 0
for r in priv:
    ids = r["identifiers"]
    if not isinstance(ids, list):
        err("%s identifiers not a list" % r["id"])
        continue
    seen = set()
    for o in ids:
        if not isinstance(o, dict) or set(o) != {"type", "text"}:
            err("%s bad identifier object %r" % (r["id"], o))
            continue
        if o["type"] not in ID_TYPES:
            err("%s bad identifier type %r" % (r["id"], o["type"]))
        if not o["text"] or o["text"] not in r["text"]:
            err("%s identifier not a substring: %r" % (r["id"], o["text"]))
        if o["text"] in seen:
            err("%s identifier listed twice: %r" % (r["id"], o["text"]))
        seen.add(o["text"])
        type_spans[o["type"]] += 1
    for t in {o["type"] for o in ids if isinstance(o, dict)}:
        type_items[t] += 1
    if ids:
        with_ids += 1
    else:
        without_ids += 1
    q = r["quasi"]
    if not isinstance(q, list):
        err("%s quasi not a list" % r["id"])
    else:
        for s in q:
            if not isinstance(s, str) or not s or s not in r["text"]:
                err("%s quasi not a substring: %r" % (r["id"], s))
        if len(set(q)) != len(q):
            err("%s quasi listed twice" % r["id"])
        if q:
            with_quasi += 1

for r in tri:
    if r["department"] not in DEPTS:
        err("%s bad department %r" % (r["id"], r["department"]))
    if r["age_range"] not in AGES:
        err("%s bad age_range %r" % (r["id"], r["age_range"]))
    if r["gender"] not in GENDERS:
        err("%s bad gender %r" % (r["id"], r["gender"]))

for r in emg:
    if not isinstance(r["emergency"], bool):
        err("%s emergency not bool" % r["id"])
    if r["kind"] not in KINDS:
        err("%s bad kind %r" % (r["id"], r["kind"]))
    if r["family"] not in FAMILIES:
        err("%s bad family %r" % (r["id"], r["family"]))
    if (r["kind"] == "now") != (r["emergency"] is True):
        err("%s emergency/kind mismatch" % r["id"])

print("privacy.jsonl: %d items (%d with identifiers, %d without, %d with quasi flags)"
      % (len(priv), with_ids, without_ids, with_quasi))
table("items containing each identifier type", type_items)
table("identifier spans by type", type_spans)
print()
print("triage.jsonl: %d items" % len(tri))
table("department", Counter(r["department"] for r in tri))
table("age_range", Counter(r["age_range"] for r in tri))
table("gender", Counter(r["gender"] for r in tri))
print()
print("emergency.jsonl: %d items (%d emergencies, %d non-emergencies)"
      % (len(emg), sum(r["emergency"] is True for r in emg),
         sum(r["emergency"] is False for r in emg)))
table("kind", Counter(r["kind"] for r in emg))
table("family (emergencies)", Counter(r["family"] for r in emg if r["emergency"]))
table("family (non-emergencies)", Counter(r["family"] for r in emg if not r["emergency"]))
print()
if errors:
    print("VALIDATION FAILED (%d problems):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("VALIDATION OK")
