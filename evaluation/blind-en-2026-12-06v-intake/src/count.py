"""Validate the three JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history",
         "hypothetical_or_general", "negated", "figure_of_speech", "medicine_question",
         "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s line %d does not parse: %s" % (name, n, e))
                continue
            if list(r.keys()) != fields:
                err("%s line %d fields %s" % (name, n, list(r.keys())))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s line %d bad id %r" % (name, n, r.get("id")))
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("%s duplicate ids" % name)
    texts = [r["text"] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    if dup:
        err("%s duplicate texts: %d" % (name, len(dup)))
    return rows


def table(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))


def main():
    # privacy
    P = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
    type_count = Counter()
    with_ids = no_ids = with_quasi = 0
    for r in P:
        ids = r["identifiers"]
        if not isinstance(ids, list) or not isinstance(r["quasi"], list):
            err("%s identifiers/quasi not lists" % r["id"])
            continue
        seen = set()
        for o in ids:
            if not isinstance(o, dict) or list(o.keys()) != ["type", "text"]:
                err("%s bad identifier object %r" % (r["id"], o))
                continue
            if o["type"] not in ID_TYPES:
                err("%s bad type %r" % (r["id"], o["type"]))
            if o["text"] not in r["text"]:
                err("%s identifier not substring: %r" % (r["id"], o["text"]))
            if o["text"] in seen:
                err("%s identifier listed twice: %r" % (r["id"], o["text"]))
            seen.add(o["text"])
            type_count[o["type"]] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in r["text"]:
                err("%s quasi not substring: %r" % (r["id"], q))
        if ids:
            with_ids += 1
        else:
            no_ids += 1
        if r["quasi"]:
            with_quasi += 1
    print("privacy.jsonl: %d items (%d with identifiers, %d without, %d with quasi flags)"
          % (len(P), with_ids, no_ids, with_quasi))
    table(" identifier mentions by type:", type_count, sorted(ID_TYPES))
    items_by_type = Counter()
    for r in P:
        for t in {o["type"] for o in r["identifiers"]}:
            items_by_type[t] += 1
    table(" items containing each type:", items_by_type, sorted(ID_TYPES))

    # triage
    T = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "q-t")
    for r in T:
        if r["department"] not in DEPTS:
            err("%s bad department" % r["id"])
        if r["age_range"] not in AGES:
            err("%s bad age_range" % r["id"])
        if r["gender"] not in GENDERS:
            err("%s bad gender" % r["id"])
    print("\ntriage.jsonl: %d items" % len(T))
    table(" by department:", Counter(r["department"] for r in T), DEPTS)
    table(" by age_range:", Counter(r["age_range"] for r in T), AGES)
    table(" by gender:", Counter(r["gender"] for r in T), GENDERS)

    # emergency
    E = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "q-e")
    for r in E:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family" % r["id"])
        if r["emergency"] != (r["kind"] == "now"):
            err("%s emergency/kind mismatch" % r["id"])
    n_true = sum(1 for r in E if r["emergency"])
    print("\nemergency.jsonl: %d items (%d emergency, %d non-emergency)"
          % (len(E), n_true, len(E) - n_true))
    table(" by kind:", Counter(r["kind"] for r in E), KINDS)
    table(" emergencies (kind now) by family:",
          Counter(r["family"] for r in E if r["emergency"]), FAMILIES)
    table(" non-emergencies by family:",
          Counter(r["family"] for r in E if not r["emergency"]), FAMILIES)

    print()
    if errors:
        print("VALIDATION FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
