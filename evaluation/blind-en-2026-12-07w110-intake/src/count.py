"""Check and count the writer-110 test set. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
NON_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(name, prefix):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json %s" % (name, n, e))
    for i, r in enumerate(rows, 1):
        want = "cv-%s%03d" % (prefix, i)
        if r.get("id") != want:
            err("%s: id %r, expected %r" % (name, r.get("id"), want))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (name, r.get("id")))
    return rows


def show(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print("    %-28s %d" % (k, v))


def main():
    priv = load("privacy", "p")
    tri = load("triage", "t")
    emer = load("emergency", "e")

    all_texts = Counter(r.get("text") for r in priv + tri + emer)
    for t, c in all_texts.items():
        if c > 1:
            err("duplicate text (%d times): %r" % (c, t[:60]))

    # privacy
    type_items, type_spans = Counter(), Counter()
    with_ids = trap = with_quasi = 0
    for r in priv:
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("%s: fields %s" % (r.get("id"), sorted(r)))
            continue
        ids, q = r["identifiers"], r["quasi"]
        if not isinstance(ids, list) or not isinstance(q, list):
            err("%s: identifiers/quasi must be lists" % r["id"])
            continue
        seen = set()
        for d in ids:
            if set(d) != {"type", "text"}:
                err("%s: identifier fields %s" % (r["id"], sorted(d)))
                continue
            if d["type"] not in ID_TYPES:
                err("%s: bad type %r" % (r["id"], d["type"]))
            if not d["text"] or d["text"] not in r["text"]:
                err("%s: identifier %r not in text" % (r["id"], d["text"]))
            if d["text"] in seen:
                err("%s: identifier %r listed twice" % (r["id"], d["text"]))
            seen.add(d["text"])
            if d["type"] == "name" and re.match(r"(?i)(dr|mr|mrs|ms)\.?\s", d["text"]):
                err("%s: name includes title: %r" % (r["id"], d["text"]))
            type_spans[d["type"]] += 1
        for t in {d["type"] for d in ids}:
            type_items[t] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in r["text"]:
                err("%s: quasi %r not a substring" % (r["id"], s))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1

    # triage
    dept, age, gender = Counter(), Counter(), Counter()
    for r in tri:
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("%s: fields %s" % (r.get("id"), sorted(r)))
            continue
        if r["department"] not in DEPTS:
            err("%s: bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s: bad age %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s: bad gender %r" % (r["id"], r["gender"]))
        dept[r["department"]] += 1
        age[r["age_range"]] += 1
        gender[r["gender"]] += 1

    # emergency
    kind, fam_now, fam_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in emer:
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("%s: fields %s" % (r.get("id"), sorted(r)))
            continue
        if r["family"] not in FAMILIES:
            err("%s: bad family %r" % (r["id"], r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("%s: emergency true but kind %r" % (r["id"], r["kind"]))
            n_now += 1
            fam_now[r["family"]] += 1
        elif r["emergency"] is False:
            if r["kind"] not in NON_KINDS:
                err("%s: non-emergency kind %r" % (r["id"], r["kind"]))
            n_non += 1
            fam_non[r["family"]] += 1
        else:
            err("%s: emergency must be true/false" % r["id"])
        kind[r["kind"]] += 1

    print("privacy: %d rows" % len(priv))
    show("items per identifier type", type_items)
    show("spans per identifier type", type_spans)
    print("triage: %d rows" % len(tri))
    show("department", dept)
    show("age_range", age)
    show("gender", gender)
    print("emergency: %d rows" % len(emer))
    show("kind", kind)
    show("family (now)", fam_now)
    show("family (non)", fam_non)

    # floors from the brief (reported as errors if missed)
    if len(priv) < 260 or with_ids < 150 or trap < 100 or with_quasi < 15:
        err("privacy floors not met")
    if set(type_items) != ID_TYPES:
        err("privacy: missing identifier types %s" % sorted(ID_TYPES - set(type_items)))
    for t in ID_TYPES - {"name"}:
        if type_items[t] < 5:
            err("privacy: fewer than 5 items with %s" % t)
        if type_items[t] >= type_items["name"]:
            err("privacy: name is not the most frequent type")
    if len(tri) != 88 or set(dept) != DEPTS or any(v != 4 for v in dept.values()):
        err("triage: need exactly 88 items, 4 per department")
    if n_now < 120 or any(fam_now[f] < 4 for f in FAMILIES):
        err("emergency: need >=120 now and each family >=4")
    if n_non < 200 or any(kind[k] < 15 for k in NON_KINDS):
        err("emergency: need >=200 non and each kind >=15")

    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap, with_quasi, len(tri), len(emer), n_now, n_non))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
