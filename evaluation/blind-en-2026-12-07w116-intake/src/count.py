"""Check and count the jsonl files for writer 116. Standard library only."""
import collections
import json
import os
import re
import sys

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


def load(name, letter):
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    if not os.path.exists(path):
        err("missing file " + path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    seen_ids, seen_texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"db-%s\d{3}" % letter, rid):
            err("%s: bad id %r" % (name, rid))
        if rid in seen_ids:
            err("%s: duplicate id %s" % (name, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
            continue
        if t in seen_texts:
            err("%s %s: duplicate text" % (name, rid))
        seen_texts.add(t)
    return rows


def show(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-28s %d" % (k, v))


def main():
    # privacy
    prows = load("privacy", "p")
    types = collections.Counter()
    with_ids = trap = with_quasi = 0
    for r in prows:
        rid = r.get("id")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: fields %s" % (rid, sorted(r)))
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(q, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        seen = set()
        for i in ids:
            if not isinstance(i, dict) or set(i) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, i))
                continue
            if i["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (rid, i["type"]))
            if not isinstance(i["text"], str) or not i["text"] or i["text"] not in r["text"]:
                err("privacy %s: identifier not a substring: %r" % (rid, i["text"]))
            if (i["type"], i["text"]) in seen:
                err("privacy %s: repeated identifier %r" % (rid, i["text"]))
            seen.add((i["type"], i["text"]))
            types[i["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in r["text"]:
                err("privacy %s: quasi not a substring: %r" % (rid, s))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1
    print("privacy: %d rows" % len(prows))
    show("identifier types", types)
    print("  with identifiers %d, trap-only %d, with quasi %d" % (with_ids, trap, with_quasi))

    # triage
    trows = load("triage", "t")
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in trows:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: fields %s" % (rid, sorted(r)))
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("triage: %d rows" % len(trows))
    show("department", dep)
    show("age_range", age)
    show("gender", gen)

    # emergency
    erows = load("emergency", "e")
    kinds, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    for r in erows:
        rid = r.get("id")
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: fields %s" % (rid, sorted(r)))
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency must be bool" % rid)
        if e is True and k != "now":
            err("emergency %s: emergency true needs kind now" % rid)
        if e is False and k not in NON_KINDS:
            err("emergency %s: bad non-emergency kind %r" % (rid, k))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        kinds[k] += 1
        (fam_now if e is True else fam_non)[f] += 1
    n_now = sum(fam_now.values())
    n_non = sum(fam_non.values())
    print("emergency: %d rows" % len(erows))
    show("kind", kinds)
    show("family (now)", fam_now)
    show("family (non-emergency)", fam_non)

    # floors (reported as errors so a short set cannot pass silently)
    if len(prows) < 260 or with_ids < 150 or trap < 100 or with_quasi < 15:
        err("privacy below floors")
    for t in ID_TYPES:
        if t != "name" and types[t] < 5:
            err("privacy: fewer than 5 of type %s" % t)
        if t != "name" and types[t] >= types["name"]:
            err("privacy: names should be the most frequent type")
    if len(trows) != 88 or any(dep[d] != 4 for d in DEPTS):
        err("triage must be exactly 88 rows, 4 per department")
    if n_now < 120 or any(fam_now[f] < 4 for f in FAMILIES):
        err("emergency: now floors not met")
    if n_non < 200 or any(kinds[k] < 15 for k in NON_KINDS):
        err("emergency: non-emergency floors not met")

    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(prows), with_ids, trap, with_quasi, len(trows), len(erows), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
