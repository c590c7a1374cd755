# -*- coding: utf-8 -*-
"""Validate the three JSONL files and print count tables. Standard library only."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NOT_NOW = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
                 "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive",
            "head_injury", "febrile_infant", "meningitis_signs", "severe_abdominal_pain",
            "pregnancy_bleeding_or_pain", "diabetic_emergency", "severe_burn", "choking"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(name, prefix, fields):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if list(r.keys()) != fields:
                err("%s:%d fields %s" % (name, n, list(r.keys())))
            rid = r.get("id", "")
            if not (isinstance(rid, str) and rid.startswith(prefix) and len(rid) == len(prefix) + 4
                    and rid[len(prefix):].isdigit()):
                err("%s:%d bad id %r" % (name, n, rid))
            if rid in all_ids:
                err("duplicate id %s" % rid)
            all_ids.add(rid)
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err("%s empty text" % rid)
            elif t in all_texts:
                err("%s duplicate text" % rid)
            else:
                all_texts.add(t)
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-30s %4d" % (k, counter.get(k, 0)))


def main():
    p = load("privacy.jsonl", "qz-p-", ["id", "text", "identifiers"])
    t = load("triage.jsonl", "qz-t-", ["id", "text", "department", "age_range", "gender"])
    e = load("emergency.jsonl", "qz-e-", ["id", "text", "emergency", "kind", "family"])

    # privacy
    type_items = collections.Counter()
    type_spans = collections.Counter()
    with_ids = 0
    for r in p:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        seen = set()
        for x in ids:
            if not isinstance(x, dict) or list(x.keys()) != ["type", "text"]:
                err("%s bad identifier object %r" % (r["id"], x))
                continue
            if x["type"] not in ID_TYPES:
                err("%s bad identifier type %r" % (r["id"], x["type"]))
            if x["text"] not in r["text"]:
                err("%s identifier %r not a substring" % (r["id"], x["text"]))
            key = (x["type"], x["text"])
            if key in seen:
                err("%s identifier listed twice %r" % (r["id"], key))
            seen.add(key)
            type_spans[x["type"]] += 1
        for ty in {x["type"] for x in ids if isinstance(x, dict)}:
            type_items[ty] += 1
        if ids:
            with_ids += 1

    # triage
    depts = collections.Counter()
    ages = collections.Counter()
    genders = collections.Counter()
    for r in t:
        if r["department"] not in DEPTS:
            err("%s bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (r["id"], r["gender"]))
        depts[r["department"]] += 1
        ages[r["age_range"]] += 1
        genders[r["gender"]] += 1

    # emergency
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_not = collections.Counter()
    n_true = 0
    for r in e:
        em, kind, fam = r["emergency"], r["kind"], r["family"]
        if not isinstance(em, bool):
            err("%s emergency not bool" % r["id"])
        if fam not in FAMILIES:
            err("%s bad family %r" % (r["id"], fam))
        if em is True:
            n_true += 1
            if kind != "now":
                err("%s emergency true but kind %r" % (r["id"], kind))
            fam_now[fam] += 1
        else:
            if kind not in KINDS_NOT_NOW:
                err("%s emergency false but kind %r" % (r["id"], kind))
            fam_not[fam] += 1
        kinds[kind] += 1

    print("privacy.jsonl: %d items (%d with identifiers, %d trap-only)" % (len(p), with_ids, len(p) - with_ids))
    print("  identifier type: items containing it / spans")
    for ty in ["name", "phone", "id_number", "address", "date_of_birth", "email", "handle"]:
        print("    %-30s %4d items %4d spans" % (ty, type_items[ty], type_spans[ty]))
    print()
    print("triage.jsonl: %d items" % len(t))
    table("department:", depts, sorted(DEPTS))
    table("age_range:", ages, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender:", genders, ["female", "male", "other", "undisclosed"])
    print()
    print("emergency.jsonl: %d items (%d emergency, %d non-emergency)" % (len(e), n_true, len(e) - n_true))
    table("kind:", kinds, ["now"] + sorted(KINDS_NOT_NOW))
    print("  family (now / not now):")
    for f_ in sorted(FAMILIES):
        print("    %-30s %4d %4d" % (f_, fam_now[f_], fam_not[f_]))
    print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("validation: OK (all lines parse, exact fields, unique ids, labels in sets, "
          "identifier spans are substrings, no identifier listed twice, no duplicate texts)")


if __name__ == "__main__":
    main()
