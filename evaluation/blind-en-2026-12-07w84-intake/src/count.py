"""Check the writer-84 jsonl files and print counts. Standard library only. Exit 1 on any error."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bu"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
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


def load(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    return rows


def check_ids(name, rows, letter):
    seen = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        want = "%s-%s%03d" % (PREFIX, letter, i)
        if rid != want:
            err("%s row %d: id %r, expected %r" % (name, i, rid, want))
        if rid in seen:
            err("%s: duplicate id %r" % (name, rid))
        seen.add(rid)


def check_fields(name, r, fields):
    if set(r.keys()) != fields:
        err("%s %s: fields %s, expected %s" % (name, r.get("id"), sorted(r.keys()), sorted(fields)))
        return False
    if not isinstance(r["text"], str) or not r["text"].strip():
        err("%s %s: empty or non-string text" % (name, r.get("id")))
        return False
    return True


def show(title, counter, order=None):
    print(title + ":")
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def main():
    privacy = load("privacy")
    triage = load("triage")
    emergency = load("emergency")
    check_ids("privacy", privacy, "p")
    check_ids("triage", triage, "t")
    check_ids("emergency", emergency, "e")

    # privacy
    type_counts = Counter()
    n_with = n_trap = n_quasi = 0
    for r in privacy:
        if not check_fields("privacy", r, {"id", "text", "identifiers", "quasi"}):
            continue
        rid, text = r["id"], r["text"]
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            continue
        pairs = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"]:
                err("privacy %s: empty identifier text" % rid)
                continue
            if ident["text"] not in text:
                err("privacy %s: identifier %r not a substring" % (rid, ident["text"]))
            if ident["text"] in pairs:
                err("privacy %s: identifier %r listed twice" % (rid, ident["text"]))
            pairs.add(ident["text"])
            type_counts[ident["type"]] += 1
        q = r["quasi"]
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % rid)
            q = []
        for s in q:
            if not isinstance(s, str) or not s or s not in text:
                err("privacy %s: quasi %r not a substring" % (rid, s))
        if len(set(q)) != len(q):
            err("privacy %s: quasi listed twice" % rid)
        if ids:
            n_with += 1
        else:
            n_trap += 1
        if q:
            n_quasi += 1

    # triage
    dept = Counter()
    ages = Counter()
    genders = Counter()
    for r in triage:
        if not check_fields("triage", r, {"id", "text", "department", "age_range", "gender"}):
            continue
        if r["department"] not in DEPARTMENTS:
            err("triage %s: bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("triage %s: bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("triage %s: bad gender %r" % (r["id"], r["gender"]))
        dept[r["department"]] += 1
        ages[r["age_range"]] += 1
        genders[r["gender"]] += 1

    # emergency
    kinds = Counter()
    fams_now = Counter()
    fams_non = Counter()
    n_now = n_non = 0
    for r in emergency:
        if not check_fields("emergency", r, {"id", "text", "emergency", "kind", "family"}):
            continue
        rid = r["id"]
        if not isinstance(r["emergency"], bool):
            err("emergency %s: emergency not bool" % rid)
        if r["kind"] != "now" and r["kind"] not in NON_KINDS:
            err("emergency %s: bad kind %r" % (rid, r["kind"]))
        if r["family"] not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, r["family"]))
        if (r["emergency"] is True) != (r["kind"] == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, r["emergency"], r["kind"]))
        kinds[r["kind"]] += 1
        if r["kind"] == "now":
            n_now += 1
            fams_now[r["family"]] += 1
        else:
            n_non += 1
            fams_non[r["family"]] += 1

    # duplicates within and across tasks
    seen = {}
    for name, rows in (("privacy", privacy), ("triage", triage), ("emergency", emergency)):
        for r in rows:
            t = r.get("text")
            if not isinstance(t, str):
                continue
            key = " ".join(t.split()).lower()
            if key in seen:
                err("duplicate text: %s and %s" % (seen[key], r.get("id")))
            else:
                seen[key] = r.get("id")

    show("privacy identifier types", type_counts, sorted(ID_TYPES))
    show("triage departments", dept, DEPARTMENTS)
    show("triage age ranges", ages, AGES)
    show("triage genders", genders, GENDERS)
    show("emergency kinds", kinds, ["now"] + NON_KINDS)
    show("emergency families (now)", fams_now, FAMILIES)
    show("emergency families (non)", fams_non, FAMILIES)

    # floors (reported as errors if not met)
    if len(privacy) < 260:
        err("privacy has %d items, need >= 260" % len(privacy))
    if n_with < 150:
        err("privacy with identifiers %d < 150" % n_with)
    if n_trap < 100:
        err("privacy trap-only %d < 100" % n_trap)
    if n_quasi < 15:
        err("privacy with quasi %d < 15" % n_quasi)
    if len(triage) != 88:
        err("triage has %d items, need exactly 88" % len(triage))
    for d in DEPARTMENTS:
        if dept.get(d, 0) != 4:
            err("triage department %s has %d items, need 4" % (d, dept.get(d, 0)))
    if n_now < 120:
        err("emergency now %d < 120" % n_now)
    if n_non < 200:
        err("emergency non %d < 200" % n_non)
    for k in NON_KINDS:
        if kinds.get(k, 0) < 15:
            err("emergency kind %s has %d items, need >= 15" % (k, kinds.get(k, 0)))
    for f in FAMILIES:
        if fams_now.get(f, 0) < 1:
            err("emergency family %s has no now items" % f)

    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR " + e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(privacy), n_with, n_trap, n_quasi, len(triage), len(emergency), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
