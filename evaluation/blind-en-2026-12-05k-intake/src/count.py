"""Validate the JSONL files and print count tables. Python 3 standard library only."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology",
         "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
         "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history",
             "hypothetical_or_general", "negated", "figure_of_speech",
             "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis",
            "severe_bleeding", "suicidal_intent", "self_harm", "overdose_poisoning",
            "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking",
            "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child",
            "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    path = os.path.join(OUT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r.get("text").strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for k, v in collections.Counter(ids).items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    texts = [r.get("text") for r in rows]
    for k, v in collections.Counter(texts).items():
        if v > 1:
            err("%s duplicate text %r" % (name, k[:60]))
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    # privacy
    P = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p-")
    type_items = collections.Counter()
    type_spans = collections.Counter()
    n_with = n_without = n_quasi_items = n_quasi = 0
    for r in P:
        ids = r.get("identifiers")
        if not isinstance(ids, list):
            err("privacy %s identifiers not a list" % r["id"])
            continue
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err("privacy %s bad identifier %r" % (r["id"], d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s bad type %r" % (r["id"], d["type"]))
            if d["text"] not in r["text"]:
                err("privacy %s identifier not a substring: %r" % (r["id"], d["text"]))
            if (d["type"], d["text"]) in seen:
                err("privacy %s repeated identifier %r" % (r["id"], d["text"]))
            seen.add((d["type"], d["text"]))
            type_spans[d["type"]] += 1
        for t in {d["type"] for d in ids if isinstance(d, dict) and "type" in d}:
            type_items[t] += 1
        if ids:
            n_with += 1
        else:
            n_without += 1
        q = r.get("quasi")
        if not isinstance(q, list):
            err("privacy %s quasi not a list" % r["id"])
            continue
        for s in q:
            if not isinstance(s, str) or s not in r["text"]:
                err("privacy %s quasi not a substring: %r" % (r["id"], s))
        if q:
            n_quasi_items += 1
            n_quasi += len(q)

    # triage
    T = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "q-t-")
    dept = collections.Counter()
    age = collections.Counter()
    gen = collections.Counter()
    for r in T:
        if r.get("age_range") not in AGES:
            err("triage %s bad age %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s bad gender %r" % (r["id"], r.get("gender")))
        if r.get("department") not in DEPTS:
            err("triage %s bad department %r" % (r["id"], r.get("department")))
        dept[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1

    # emergency
    E = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "q-e-")
    em_fam = collections.Counter()
    non_fam = collections.Counter()
    kinds = collections.Counter()
    n_em = n_non = 0
    for r in E:
        if not isinstance(r.get("emergency"), bool):
            err("emergency %s emergency not bool" % r["id"])
        if r.get("family") not in FAMILIES:
            err("emergency %s bad family %r" % (r["id"], r.get("family")))
        if r.get("emergency") is True:
            n_em += 1
            em_fam[r.get("family")] += 1
            if r.get("kind") != "now":
                err("emergency %s emergency with kind %r" % (r["id"], r.get("kind")))
        else:
            n_non += 1
            non_fam[r.get("family")] += 1
            if r.get("kind") not in KINDS_NON:
                err("emergency %s bad non-emergency kind %r" % (r["id"], r.get("kind")))
        kinds[r.get("kind")] += 1

    print("privacy.jsonl: %d items" % len(P))
    print("    %-28s %4d" % ("with identifiers", n_with))
    print("    %-28s %4d" % ("without identifiers (traps)", n_without))
    print("    %-28s %4d (%d substrings)" % ("with quasi", n_quasi_items, n_quasi))
    print("  identifier type             items spans")
    for t in sorted(ID_TYPES):
        print("    %-28s %4d %5d" % (t, type_items[t], type_spans[t]))
    print()
    print("triage.jsonl: %d items" % len(T))
    table("department", dept, sorted(DEPTS))
    table("age_range", age, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59",
                             "60~69", "70~79", "80+"])
    table("gender", gen, ["female", "male", "other", "undisclosed"])
    print()
    print("emergency.jsonl: %d items (emergency %d, non-emergency %d)" % (len(E), n_em, n_non))
    table("kind", kinds, ["now"] + sorted(KINDS_NON))
    print("  family                        emerg   non")
    for f in sorted(FAMILIES):
        print("    %-28s %4d %5d" % (f, em_fam[f], non_fam[f]))
    print()
    if errors:
        print("ERRORS: %d" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation: OK (all lines parse, exact fields, unique ids, labels in sets, "
          "substrings exact, no duplicate texts)")


if __name__ == "__main__":
    main()
