#!/usr/bin/env python3
"""Check and count the writer-66 blind test set. Standard library only. Exits non-zero on any error."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bc"

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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(task, letter, fields):
    path = os.path.join(OUT, f"{task}.jsonl")
    rows = []
    if not os.path.exists(path):
        err(f"{task}: missing {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err(f"{task}: blank line {n}")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{task}: line {n} bad JSON: {e}")
                continue
            want = {"id"} | set(fields)
            if set(row) != want:
                err(f"{task}: line {n} fields {sorted(row)} != {sorted(want)}")
            rid = row.get("id", "")
            if not (isinstance(rid, str) and rid.startswith(f"{PREFIX}-{letter}") and rid[len(PREFIX) + 2:].isdigit()):
                err(f"{task}: line {n} bad id {rid!r}")
            if not isinstance(row.get("text"), str) or not row.get("text", "").strip():
                err(f"{task}: {rid} empty text")
            rows.append(row)
    ids = Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1:
            err(f"{task}: duplicate id {k}")
    texts = Counter(r.get("text") for r in rows)
    for k, v in texts.items():
        if v > 1:
            err(f"{task}: duplicate text {k[:60]!r}")
    return rows


def show(title, counter, order=None):
    print(f"  {title}:")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"    {k}: {counter.get(k, 0)}")


def main():
    allt = Counter()
    # privacy
    prows = load("privacy", "p", ["text", "identifiers", "quasi"])
    types = Counter()
    with_ids = trap = with_q = 0
    for r in prows:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list):
            err(f"privacy {rid}: identifiers not a list")
            ids = []
        if not isinstance(q, list):
            err(f"privacy {rid}: quasi not a list")
            q = []
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err(f"privacy {rid}: bad identifier {d!r}")
                continue
            if d["type"] not in ID_TYPES:
                err(f"privacy {rid}: bad identifier type {d['type']!r}")
            if not d["text"] or d["text"] not in text:
                err(f"privacy {rid}: identifier text {d['text']!r} not in text")
            if (d["type"], d["text"]) in seen:
                err(f"privacy {rid}: identifier listed twice {d['text']!r}")
            seen.add((d["type"], d["text"]))
            types[d["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in text:
                err(f"privacy {rid}: quasi {s!r} not in text")
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_q += 1
    print(f"privacy: {len(prows)} rows")
    show("identifier types (occurrences)", types, sorted(ID_TYPES))
    print(f"  with identifiers: {with_ids}; trap-only: {trap}; with quasi: {with_q}")

    # triage
    trows = load("triage", "t", ["text", "department", "age_range", "gender"])
    dep, age, gen = Counter(), Counter(), Counter()
    for r in trows:
        rid = r.get("id")
        if r.get("department") not in DEPTS:
            err(f"triage {rid}: bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"triage {rid}: bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"triage {rid}: bad gender {r.get('gender')!r}")
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print(f"triage: {len(trows)} rows")
    show("department", dep, sorted(DEPTS))
    show("age_range", age, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    show("gender", gen, sorted(GENDERS))

    # emergency
    erows = load("emergency", "e", ["text", "emergency", "kind", "family"])
    kinds, fam_now, fam_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in erows:
        rid = r.get("id")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err(f"emergency {rid}: emergency not bool")
        if fam not in FAMILIES:
            err(f"emergency {rid}: bad family {fam!r}")
        if em is True:
            n_now += 1
            if kind != "now":
                err(f"emergency {rid}: emergency true but kind {kind!r}")
            fam_now[fam] += 1
        else:
            n_non += 1
            if kind not in NON_KINDS:
                err(f"emergency {rid}: non-emergency with kind {kind!r}")
            fam_non[fam] += 1
        kinds[kind] += 1
    print(f"emergency: {len(erows)} rows")
    show("kind", kinds, ["now"] + sorted(NON_KINDS))
    show("family (now)", fam_now, sorted(FAMILIES))
    show("family (non-emergency)", fam_non, sorted(FAMILIES))

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
    print(f"SUMMARY: privacy {len(prows)} ({with_ids} with identifiers, {trap} trap-only, {with_q} with quasi); "
          f"triage {len(trows)}; emergency {len(erows)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
