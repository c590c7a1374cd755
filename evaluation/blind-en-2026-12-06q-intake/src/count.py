"""Validate the JSONL files and print count tables. Standard library only."""
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
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

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
            except json.JSONDecodeError as e:
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r)))
                continue
            if not r["id"].startswith(prefix):
                err("%s bad id prefix %s" % (name, r["id"]))
            if r["id"] in all_ids:
                err("duplicate id %s" % r["id"])
            all_ids.add(r["id"])
            if not isinstance(r["text"], str) or not r["text"].strip():
                err("%s empty text" % r["id"])
            if r["text"] in all_texts:
                err("duplicate text %s" % r["id"])
            all_texts.add(r["text"])
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("\n%s" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %6s" % (k, counter.get(k, 0)))


def main():
    P = load("privacy.jsonl", {"id", "text", "identifiers", "quasi"}, "q-p")
    T = load("triage.jsonl", {"id", "text", "department", "age_range", "gender"}, "q-t")
    E = load("emergency.jsonl", {"id", "text", "emergency", "kind", "family"}, "q-e")

    type_items, type_spans = Counter(), Counter()
    with_id = quasi_items = 0
    for r in P:
        seen = set()
        for d in r["identifiers"]:
            if set(d) != {"type", "text"}:
                err("%s identifier fields %s" % (r["id"], sorted(d)))
                continue
            if d["type"] not in ID_TYPES:
                err("%s bad type %s" % (r["id"], d["type"]))
            if d["text"] not in r["text"]:
                err("%s identifier not substring: %r" % (r["id"], d["text"]))
            if d["text"] in seen:
                err("%s identifier listed twice: %r" % (r["id"], d["text"]))
            seen.add(d["text"])
            type_spans[d["type"]] += 1
        for t in {d["type"] for d in r["identifiers"]}:
            type_items[t] += 1
        if r["identifiers"]:
            with_id += 1
        if not isinstance(r["quasi"], list):
            err("%s quasi not list" % r["id"])
        for q in r["quasi"]:
            if q not in r["text"]:
                err("%s quasi not substring: %r" % (r["id"], q))
        if r["quasi"]:
            quasi_items += 1

    for r in T:
        if r["department"] not in DEPTS:
            err("%s bad department" % r["id"])
        if r["age_range"] not in AGES:
            err("%s bad age_range" % r["id"])
        if r["gender"] not in GENDERS:
            err("%s bad gender" % r["id"])

    for r in E:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family" % r["id"])
        if (r["kind"] == "now") != (r["emergency"] is True):
            err("%s kind/emergency mismatch" % r["id"])

    print("privacy.jsonl: %d items (%d with identifiers, %d without, %d with quasi flags)"
          % (len(P), with_id, len(P) - with_id, quasi_items))
    table("identifier type: items containing / spans listed",
          {k: "%d / %d" % (type_items[k], type_spans[k]) for k in ID_TYPES})
    print("\ntriage.jsonl: %d items" % len(T))
    table("department", Counter(r["department"] for r in T))
    table("age_range", Counter(r["age_range"] for r in T),
          ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender", Counter(r["gender"] for r in T))
    print("\nemergency.jsonl: %d items (%d emergency, %d non-emergency)"
          % (len(E), sum(r["emergency"] for r in E), sum(not r["emergency"] for r in E)))
    table("kind", Counter(r["kind"] for r in E))
    table("family among emergencies (kind now)", Counter(r["family"] for r in E if r["emergency"]))
    table("family among non-emergencies", Counter(r["family"] for r in E if not r["emergency"]))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation: OK (all lines parse, exact fields, unique ids, labels in defined sets, "
          "identifier/quasi strings are substrings, no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
