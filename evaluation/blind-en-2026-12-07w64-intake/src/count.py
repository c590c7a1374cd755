#!/usr/bin/env python3
"""Check and count the writer-64 blind test set (standard library only)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ba"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology",
               "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
               "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
NON_KINDS = {"past_event", "examined_or_treated", "relative_history",
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


def load(name, letter, fields):
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
                continue
            if set(row) != set(fields):
                err("%s line %d: fields %s != %s" % (name, n, sorted(row), sorted(fields)))
            if not re.fullmatch(r"%s-%s\d{3}" % (PREFIX, letter), str(row.get("id", ""))):
                err("%s line %d: bad id %r" % (name, n, row.get("id")))
            if not isinstance(row.get("text"), str) or not row.get("text", "").strip():
                err("%s line %d: empty text" % (name, n))
            rows.append(row)
    ids = [r.get("id") for r in rows]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err("%s: duplicate id %s" % (name, i))
    texts = [r.get("text", "").strip().lower() for r in rows]
    for t, c in collections.Counter(texts).items():
        if c > 1:
            err("%s: duplicate text %r" % (name, t[:60]))
    return rows


def table(title, counter):
    print("\n" + title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-28s %4d" % (k, v))


def main():
    priv = load("privacy", "p", ["id", "text", "identifiers", "quasi"])
    tri = load("triage", "t", ["id", "text", "department", "age_range", "gender"])
    emg = load("emergency", "e", ["id", "text", "emergency", "kind", "family"])

    # privacy
    types = collections.Counter()
    with_ids = 0
    with_quasi = 0
    for r in priv:
        idents = r.get("identifiers")
        if not isinstance(idents, list):
            err("%s: identifiers not a list" % r.get("id"))
            continue
        if idents:
            with_ids += 1
        seen = set()
        for it in idents:
            if not isinstance(it, dict) or set(it) != {"type", "text"}:
                err("%s: bad identifier %r" % (r["id"], it))
                continue
            if it["type"] not in ID_TYPES:
                err("%s: unknown identifier type %r" % (r["id"], it["type"]))
            if not it["text"] or it["text"] not in r["text"]:
                err("%s: identifier %r not in text" % (r["id"], it["text"]))
            if (it["type"], it["text"]) in seen:
                err("%s: identifier listed twice %r" % (r["id"], it["text"]))
            seen.add((it["type"], it["text"]))
            types[it["type"]] += 1
        quasi = r.get("quasi")
        if not isinstance(quasi, list):
            err("%s: quasi not a list" % r.get("id"))
            continue
        if quasi:
            with_quasi += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in r["text"]:
                err("%s: quasi %r not in text" % (r["id"], q))
    trap_only = len(priv) - with_ids
    print("privacy: %d items, %d with identifiers, %d trap-only, %d with quasi"
          % (len(priv), with_ids, trap_only, with_quasi))
    table("identifier types", types)

    # triage
    depts = collections.Counter()
    for r in tri:
        if r.get("department") not in DEPARTMENTS:
            err("%s: bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s: bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s: bad gender %r" % (r["id"], r.get("gender")))
        depts[r.get("department")] += 1
    print("\ntriage: %d items" % len(tri))
    table("departments", depts)
    for d in sorted(DEPARTMENTS):
        if depts[d] != 4:
            err("triage: department %s has %d items (want 4)" % (d, depts[d]))
    table("age ranges", collections.Counter(r.get("age_range") for r in tri))
    table("genders", collections.Counter(r.get("gender") for r in tri))

    # emergency
    now = non = 0
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    for r in emg:
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("%s: emergency not bool" % r["id"])
        if f not in FAMILIES:
            err("%s: bad family %r" % (r["id"], f))
        if e is True:
            if k != "now":
                err("%s: emergency true but kind %r" % (r["id"], k))
            now += 1
            fam_now[f] += 1
        else:
            if k not in NON_KINDS:
                err("%s: non-emergency with kind %r" % (r["id"], k))
            non += 1
            fam_non[f] += 1
        kinds[k] += 1
    print("\nemergency: %d items, %d now, %d non-emergency" % (len(emg), now, non))
    table("kinds", kinds)
    table("families (now)", fam_now)
    table("families (non-emergency)", fam_non)
    missing = NON_KINDS - set(kinds)
    if missing:
        err("emergency: non-emergency kinds missing: %s" % sorted(missing))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    else:
        print("\nall checks passed")
    print("SUMMARY privacy=%d with_identifiers=%d trap_only=%d triage=%d "
          "emergency_now=%d non_emergency=%d errors=%d"
          % (len(priv), with_ids, trap_only, len(tri), now, non, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
