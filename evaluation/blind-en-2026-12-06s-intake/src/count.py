"""Validate the three JSONL files and print count tables."""
import collections
import json
import os
import sys

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
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s line %d does not parse: %s" % (name, n, e))
                continue
            if set(r) != set(fields):
                err("%s line %d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s line %d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s line %d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err("%s duplicate id %s" % (name, i))
    for t, c in collections.Counter(r.get("text") for r in rows).items():
        if c > 1:
            err("%s duplicate text %r" % (name, t[:60]))
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    # privacy
    P = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p")
    type_items = collections.Counter()
    type_spans = collections.Counter()
    with_id = no_id = with_quasi = 0
    for r in P:
        ids = r.get("identifiers", [])
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
                err("%s identifier %r not in text" % (r["id"], o["text"]))
            if o["text"] in seen:
                err("%s identifier listed twice %r" % (r["id"], o["text"]))
            seen.add(o["text"])
            type_spans[o["type"]] += 1
        for t in {o["type"] for o in ids if isinstance(o, dict) and "type" in o}:
            type_items[t] += 1
        q = r.get("quasi", [])
        if not isinstance(q, list):
            err("%s quasi not a list" % r["id"])
            q = []
        for s in q:
            if not isinstance(s, str) or s not in r["text"]:
                err("%s quasi %r not in text" % (r["id"], s))
        if len(set(q)) != len(q):
            err("%s quasi listed twice" % r["id"])
        if ids:
            with_id += 1
        else:
            no_id += 1
        if q:
            with_quasi += 1
    print("privacy.jsonl: %d items" % len(P))
    print("  with identifiers: %d   no identifiers (traps only): %d   with quasi flags: %d" % (with_id, no_id, with_quasi))
    print("  %-28s %6s %6s" % ("identifier type", "items", "spans"))
    for t in ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]:
        print("    %-26s %6d %6d" % (t, type_items[t], type_spans[t]))
    print()

    # triage
    T = load("triage.jsonl", ["id", "text", "department", "age_range", "gender"], "q-t")
    for r in T:
        if r.get("department") not in DEPTS:
            err("%s bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s bad gender %r" % (r["id"], r.get("gender")))
    print("triage.jsonl: %d items" % len(T))
    table("department", collections.Counter(r.get("department") for r in T), DEPTS)
    table("age_range", collections.Counter(r.get("age_range") for r in T), AGES)
    table("gender", collections.Counter(r.get("gender") for r in T), GENDERS)
    print()

    # emergency
    E = load("emergency.jsonl", ["id", "text", "emergency", "kind", "family"], "q-e")
    for r in E:
        if not isinstance(r.get("emergency"), bool):
            err("%s emergency not bool" % r["id"])
        if r.get("kind") not in KINDS:
            err("%s bad kind %r" % (r["id"], r.get("kind")))
        if r.get("family") not in FAMILIES:
            err("%s bad family %r" % (r["id"], r.get("family")))
        if (r.get("kind") == "now") != (r.get("emergency") is True):
            err("%s emergency/kind mismatch" % r["id"])
    n_true = sum(1 for r in E if r.get("emergency") is True)
    print("emergency.jsonl: %d items  (emergency=true: %d, false: %d)" % (len(E), n_true, len(E) - n_true))
    table("kind", collections.Counter(r.get("kind") for r in E), KINDS)
    fam_now = collections.Counter(r.get("family") for r in E if r.get("kind") == "now")
    fam_non = collections.Counter(r.get("family") for r in E if r.get("kind") != "now")
    print("  %-28s %6s %6s" % ("family", "now", "non"))
    for f in FAMILIES:
        print("    %-26s %6d %6d" % (f, fam_now[f], fam_non[f]))
    print()

    if errors:
        print("VALIDATION ERRORS: %d" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation: OK (all lines parse, exact fields, unique ids, labels in defined sets, "
          "identifier/quasi strings are exact substrings, no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
