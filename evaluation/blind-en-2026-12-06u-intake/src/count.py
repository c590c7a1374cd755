"""Validate the three JSONL files and print count tables (standard library only)."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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


def load(name, fields, prefix):
    path = os.path.join(OUT, name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s:%d empty text" % (name, n))
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
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    priv = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
    tri = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "q-t")
    em = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "q-e")

    # privacy checks
    type_items = Counter()
    type_spans = Counter()
    with_ids = without = with_quasi = 0
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
            if o["text"] not in r["text"]:
                err("%s identifier %r not a substring" % (r["id"], o["text"]))
            if o["text"] in seen:
                err("%s identifier %r listed twice" % (r["id"], o["text"]))
            seen.add(o["text"])
            type_spans[o["type"]] += 1
        for t in {o["type"] for o in ids if isinstance(o, dict)}:
            type_items[t] += 1
        if not isinstance(r["quasi"], list):
            err("%s quasi not a list" % r["id"])
        else:
            for q in r["quasi"]:
                if not isinstance(q, str) or q not in r["text"]:
                    err("%s quasi %r not a substring" % (r["id"], q))
            if r["quasi"]:
                with_quasi += 1
        if ids:
            with_ids += 1
        else:
            without += 1

    # triage checks
    for r in tri:
        if r["department"] not in DEPTS:
            err("%s bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (r["id"], r["gender"]))

    # emergency checks
    for r in em:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["kind"] not in KINDS:
            err("%s bad kind %r" % (r["id"], r["kind"]))
        if r["family"] not in FAMILIES:
            err("%s bad family %r" % (r["id"], r["family"]))
        if r["emergency"] != (r["kind"] == "now"):
            err("%s emergency/kind mismatch" % r["id"])

    print("privacy.jsonl: %d items (%d with identifiers, %d without, %d with quasi flags)"
          % (len(priv), with_ids, without, with_quasi))
    table("identifier type: items containing it / spans", Counter(), [])
    for t in sorted(ID_TYPES):
        print("    %-28s %4d / %4d" % (t, type_items.get(t, 0), type_spans.get(t, 0)))
    print("    total spans                  %4d" % sum(type_spans.values()))

    print("triage.jsonl: %d items" % len(tri))
    table("department", Counter(r["department"] for r in tri), DEPTS)
    table("age_range", Counter(r["age_range"] for r in tri), AGES)
    table("gender", Counter(r["gender"] for r in tri), GENDERS)

    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)"
          % (len(em), sum(r["emergency"] for r in em), sum(not r["emergency"] for r in em)))
    table("kind", Counter(r["kind"] for r in em), KINDS)
    table("family (now)", Counter(r["family"] for r in em if r["emergency"]), FAMILIES)
    table("family (non-emergency)", Counter(r["family"] for r in em if not r["emergency"]), FAMILIES)

    if errors:
        print("\nVALIDATION ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation: OK (all lines parse, exact fields, unique ids, labels in defined sets, "
          "identifier/quasi strings are exact substrings, no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
