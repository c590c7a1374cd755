"""Check the writer-113 jsonl files and print counts. Standard library only. Exit 1 on any error."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(task):
    rows = []
    path = os.path.join(OUT, task + ".jsonl")
    if not os.path.exists(path):
        err("missing file " + path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (task, ln, e))
    return rows


def check_common(task, rows, fields, letter):
    seen_text, seen_id = set(), set()
    for n, r in enumerate(rows, 1):
        if set(r) != set(fields):
            err("%s row %d: fields %s" % (task, n, sorted(r)))
        if r.get("id") != "cy-%s%03d" % (letter, n):
            err("%s row %d: id %r" % (task, n, r.get("id")))
        if r.get("id") in seen_id:
            err("%s: duplicate id %r" % (task, r.get("id")))
        seen_id.add(r.get("id"))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, r.get("id")))
        if t in seen_text:
            err("%s %s: duplicate text" % (task, r.get("id")))
        seen_text.add(t)


def show(title, counter, order=None):
    keys = order if order else sorted(counter)
    print("  %s: %s" % (title, ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys)))


def main():
    # privacy
    prv = load("privacy")
    check_common("privacy", prv, ["id", "text", "identifiers", "quasi"], "p")
    types, with_ids, trap_only, with_quasi = collections.Counter(), 0, 0, 0
    for r in prv:
        t = r.get("text", "")
        ids = r.get("identifiers", [])
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % r.get("id"))
            ids = []
        seen = set()
        for i in ids:
            if not isinstance(i, dict) or set(i) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), i))
                continue
            if i["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r.get("id"), i["type"]))
            if not i["text"] or i["text"] not in t:
                err("privacy %s: identifier %r not in text" % (r.get("id"), i["text"]))
            if i["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (r.get("id"), i["text"]))
            seen.add(i["text"])
            types[i["type"]] += 1
        q = r.get("quasi", [])
        if not isinstance(q, list) or not all(isinstance(s, str) for s in q):
            err("privacy %s: quasi must be a list of strings" % r.get("id"))
            q = []
        for s in q:
            if not s or s not in t:
                err("privacy %s: quasi %r not in text" % (r.get("id"), s))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if q:
            with_quasi += 1
    print("privacy: %d rows" % len(prv))
    show("identifier types", types, ID_TYPES)
    print("  with identifiers=%d, trap-only=%d, with quasi=%d" % (with_ids, trap_only, with_quasi))
    if len(prv) < 260 or with_ids < 150 or trap_only < 100 or with_quasi < 15:
        err("privacy: size floors not met")
    for ty in ID_TYPES:
        if ty != "name" and types[ty] < 5:
            err("privacy: fewer than 5 of %s" % ty)
        if ty != "name" and types[ty] >= types["name"]:
            err("privacy: names are not the most frequent type")

    # triage
    tri = load("triage")
    check_common("triage", tri, ["id", "text", "department", "age_range", "gender"], "t")
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("triage: %d rows" % len(tri))
    show("department", dep, DEPARTMENTS)
    show("age_range", age, AGES)
    show("gender", gen, GENDERS)
    if len(tri) != 88 or any(dep[d] != 4 for d in DEPARTMENTS):
        err("triage: need exactly 88 rows, 4 per department")

    # emergency
    emg = load("emergency")
    check_common("emergency", emg, ["id", "text", "emergency", "kind", "family"], "e")
    kinds, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in emg:
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency must be a bool" % r.get("id"))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (r.get("id"), f))
        if e is True:
            if k != "now":
                err("emergency %s: true row must have kind now" % r.get("id"))
            n_now += 1
            fam_now[f] += 1
        else:
            if k not in NON_KINDS:
                err("emergency %s: bad kind %r" % (r.get("id"), k))
            n_non += 1
            fam_non[f] += 1
        kinds[k] += 1
    print("emergency: %d rows (%d now, %d non)" % (len(emg), n_now, n_non))
    show("kind", kinds, ["now"] + NON_KINDS)
    show("family (now)", fam_now, FAMILIES)
    show("family (non)", fam_non, FAMILIES)
    if n_now < 120 or n_non < 200:
        err("emergency: size floors not met")
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has fewer than 4 now items" % f)
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has fewer than 15 items" % k)

    for m in errors:
        print("ERROR: " + m)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(prv), with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
