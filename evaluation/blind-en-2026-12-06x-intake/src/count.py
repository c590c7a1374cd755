"""Validate the JSONL files and print count tables. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
               "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
               "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
               "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
         "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive",
            "head_injury", "febrile_infant", "meningitis_signs", "severe_abdominal_pain",
            "pregnancy_bleeding_or_pain", "diabetic_emergency", "sepsis_signs", "severe_burn", "choking",
            "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other",
            "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    path = os.path.join(OUT, name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err("%s line %d does not parse: %s" % (name, n, e))
                continue
            if list(r.keys()) != fields:
                err("%s line %d fields %s != %s" % (name, n, list(r.keys()), fields))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s line %d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s line %d empty text" % (name, n))
            recs.append(r)
    ids = Counter(r.get("id") for r in recs)
    for k, v in ids.items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    texts = Counter(r.get("text") for r in recs)
    for k, v in texts.items():
        if v > 1:
            err("%s duplicate text %r" % (name, k[:60]))
    return recs


def table(title, counter, order=None):
    print("  %s" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def check_privacy():
    recs = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
    types = Counter()
    items_with_type = Counter()
    with_ids = 0
    with_quasi = 0
    for r in recs:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        seen = set()
        for o in ids:
            if not isinstance(o, dict) or sorted(o.keys()) != ["text", "type"]:
                err("%s identifier not {type,text}: %r" % (r["id"], o))
                continue
            if o["type"] not in ID_TYPES:
                err("%s bad identifier type %r" % (r["id"], o["type"]))
            if o["text"] not in r["text"]:
                err("%s identifier %r not a substring" % (r["id"], o["text"]))
            if o["text"] in seen:
                err("%s identifier %r listed twice" % (r["id"], o["text"]))
            seen.add(o["text"])
            types[o["type"]] += 1
        for t in {o["type"] for o in ids if isinstance(o, dict) and "type" in o}:
            items_with_type[t] += 1
        if not isinstance(r["quasi"], list):
            err("%s quasi not a list" % r["id"])
        else:
            for q in r["quasi"]:
                if q not in r["text"]:
                    err("%s quasi %r not a substring" % (r["id"], q))
        if ids:
            with_ids += 1
        if r["quasi"]:
            with_quasi += 1
    print("privacy.jsonl: %d items" % len(recs))
    print("  with at least one identifier: %d" % with_ids)
    print("  with no identifier (traps only): %d" % (len(recs) - with_ids))
    print("  with quasi flags: %d" % with_quasi)
    table("identifier spans by type", types,
          ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
           "licence_plate"])
    print("  items containing each type:")
    for t in ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
              "licence_plate"]:
        print("    %-28s %4d" % (t, items_with_type.get(t, 0)))


def check_triage():
    recs = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "q-t")
    for r in recs:
        if r["department"] not in DEPARTMENTS:
            err("%s bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (r["id"], r["gender"]))
    print("triage.jsonl: %d items" % len(recs))
    table("by department", Counter(r["department"] for r in recs), DEPARTMENTS)
    table("by age_range", Counter(r["age_range"] for r in recs), AGES)
    table("by gender", Counter(r["gender"] for r in recs), GENDERS)


def check_emergency():
    recs = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "q-e")
    for r in recs:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind %r" % (r["id"], r["kind"]))
        if r["family"] not in FAMILIES:
            err("%s bad family %r" % (r["id"], r["family"]))
        if r["emergency"] != (r["kind"] == "now"):
            err("%s emergency/kind mismatch" % r["id"])
    print("emergency.jsonl: %d items" % len(recs))
    print("  emergency=true: %d, emergency=false: %d" % (
        sum(1 for r in recs if r["emergency"]), sum(1 for r in recs if not r["emergency"])))
    table("by kind", Counter(r["kind"] for r in recs), KINDS)
    now = Counter(r["family"] for r in recs if r["kind"] == "now")
    non = Counter(r["family"] for r in recs if r["kind"] != "now")
    print("  by family (now / non-emergency)")
    for f in FAMILIES:
        print("    %-28s %4d / %4d" % (f, now.get(f, 0), non.get(f, 0)))


if __name__ == "__main__":
    check_privacy()
    check_triage()
    check_emergency()
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")
