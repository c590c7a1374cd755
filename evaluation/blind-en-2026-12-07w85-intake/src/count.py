#!/usr/bin/env python3
"""Check the writer-85 (prefix bv) JSONL files and print counts. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bv"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics",
               "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
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
FIELDS = {
    "privacy": {"id", "text", "identifiers", "quasi"},
    "triage": {"id", "text", "department", "age_range", "gender"},
    "emergency": {"id", "text", "emergency", "kind", "family"},
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}

errors = []


def err(msg):
    errors.append(msg)


def read(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s line %d: blank line" % (task, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def check_common(task, rows, seen_ids, seen_texts):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, LETTER[task]))
    for i, r in enumerate(rows, 1):
        if not isinstance(r, dict):
            err("%s row %d: not an object" % (task, i))
            continue
        rid = r.get("id", "<no id>")
        if set(r.keys()) != FIELDS[task]:
            err("%s %s: fields %s, expected %s" % (task, rid, sorted(r.keys()), sorted(FIELDS[task])))
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s %s: bad id" % (task, rid))
        if rid in seen_ids:
            err("%s %s: duplicate id" % (task, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty or non-string text" % (task, rid))
            continue
        if t != t.strip():
            err("%s %s: text has leading/trailing whitespace" % (task, rid))
        key = " ".join(t.lower().split())
        if key in seen_texts:
            err("%s %s: duplicate text (also %s)" % (task, rid, seen_texts[key]))
        else:
            seen_texts[key] = rid


def main():
    seen_ids, seen_texts = set(), {}
    P, T, E = read("privacy"), read("triage"), read("emergency")
    for task, rows in (("privacy", P), ("triage", T), ("emergency", E)):
        check_common(task, rows, seen_ids, seen_texts)

    # privacy
    by_type = collections.Counter()
    n_with = n_trap = n_quasi = 0
    for r in P:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            ids = []
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % rid)
            q = []
        seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, ident["type"]))
            it = ident["text"]
            if not isinstance(it, str) or not it or it != it.strip():
                err("privacy %s: bad identifier text %r" % (rid, it))
                continue
            if isinstance(text, str) and it not in text:
                err("privacy %s: identifier %r not in text" % (rid, it))
            if it in seen:
                err("privacy %s: identifier %r listed twice" % (rid, it))
            seen.add(it)
            by_type[ident["type"]] += 1
        qs = set()
        for s in q:
            if not isinstance(s, str) or not s or (isinstance(text, str) and s not in text):
                err("privacy %s: quasi %r not an exact substring" % (rid, s))
            if s in qs:
                err("privacy %s: quasi %r listed twice" % (rid, s))
            qs.add(s)
        if ids:
            n_with += 1
        else:
            n_trap += 1
        if q:
            n_quasi += 1

    # triage
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in T:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1

    # emergency
    kinds, fams, fam_now, fam_non = (collections.Counter() for _ in range(4))
    for r in E:
        rid = r.get("id")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err("emergency %s: emergency not a bool" % rid)
        if kind not in KINDS:
            err("emergency %s: bad kind %r" % (rid, kind))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if (em is True) != (kind == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, em, kind))
        kinds[kind] += 1
        fams[fam] += 1
        (fam_now if kind == "now" else fam_non)[fam] += 1
    n_now = sum(1 for r in E if r.get("emergency") is True)
    n_non = len(E) - n_now

    # floors from the brief
    if len(P) < 260: err("floor: privacy has %d items (< 260)" % len(P))
    if n_with < 150: err("floor: privacy with identifiers %d (< 150)" % n_with)
    if n_trap < 100: err("floor: privacy trap-only %d (< 100)" % n_trap)
    if n_quasi < 15: err("floor: privacy with quasi %d (< 15)" % n_quasi)
    if len(T) != 88: err("floor: triage has %d items (must be 88)" % len(T))
    for d in DEPARTMENTS:
        if dep[d] != 4: err("floor: triage department %s has %d items (must be 4)" % (d, dep[d]))
    if n_now < 120: err("floor: emergency now %d (< 120)" % n_now)
    if n_non < 200: err("floor: emergency non %d (< 200)" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 1: err("floor: no `now` item for family %s" % f)
    for k in KINDS[1:]:
        if kinds[k] < 15: err("floor: non-emergency kind %s has %d (< 15)" % (k, kinds[k]))

    def show(title, c, order):
        print(title)
        for k in order:
            print("  %-28s %d" % (k, c.get(k, 0)))
        for k in sorted(set(c) - set(order), key=str):
            print("  %-28s %d  (unknown)" % (k, c[k]))

    show("privacy identifiers by type:", by_type, ID_TYPES)
    show("triage by department:", dep, DEPARTMENTS)
    show("triage by age range:", age, AGES)
    show("triage by gender:", gen, GENDERS)
    show("emergency by kind:", kinds, KINDS)
    print("emergency by family (total / now / non):")
    for f in FAMILIES:
        print("  %-28s %d / %d / %d" % (f, fams.get(f, 0), fam_now.get(f, 0), fam_non.get(f, 0)))
    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR " + e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(P), n_with, n_trap, n_quasi, len(T), len(E), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
