#!/usr/bin/env python3
"""Check the writer-63 test set files and print count tables (standard library only)."""
import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
PREFIX = "az"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
               "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
               "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
               "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(OUT / name, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{ln}: bad JSON ({e})")
    return rows


def check_common(rows, name, letter, fields):
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(f"{name}: duplicate id {i}")
    texts = Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"{name}: duplicate text {t[:60]!r}")
    for r in rows:
        if set(r) != set(fields):
            err(f"{name}: {r.get('id')}: fields {sorted(r)} != {sorted(fields)}")
        rid = r.get("id", "")
        if not (isinstance(rid, str) and rid.startswith(f"{PREFIX}-{letter}") and rid[len(PREFIX) + 2:].isdigit()):
            err(f"{name}: bad id {rid!r}")
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err(f"{name}: {rid}: empty text")


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")


def main():
    privacy = load("privacy.jsonl")
    triage = load("triage.jsonl")
    emergency = load("emergency.jsonl")

    # privacy
    check_common(privacy, "privacy.jsonl", "p", ["id", "text", "identifiers", "quasi"])
    type_counts = Counter()
    quasi_items = 0
    for r in privacy:
        text = r.get("text", "")
        idents = r.get("identifiers")
        if not isinstance(idents, list):
            err(f"{r.get('id')}: identifiers not a list")
            idents = []
        seen = set()
        for ident in idents:
            if not isinstance(ident, dict) or set(ident) != {"type", "text"}:
                err(f"{r.get('id')}: bad identifier {ident!r}")
                continue
            if ident["type"] not in ID_TYPES:
                err(f"{r.get('id')}: unknown identifier type {ident['type']!r}")
            if not ident["text"] or ident["text"] not in text:
                err(f"{r.get('id')}: identifier {ident['text']!r} not a substring of text")
            key = (ident["type"], ident["text"])
            if key in seen:
                err(f"{r.get('id')}: identifier listed twice {key}")
            seen.add(key)
            type_counts[ident["type"]] += 1
        quasi = r.get("quasi")
        if not isinstance(quasi, list):
            err(f"{r.get('id')}: quasi not a list")
            quasi = []
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err(f"{r.get('id')}: quasi {q!r} not a substring of text")
        if quasi:
            quasi_items += 1
    with_ids = sum(1 for r in privacy if r.get("identifiers"))
    trap_only = len(privacy) - with_ids

    # triage
    check_common(triage, "triage.jsonl", "t", ["id", "text", "department", "age_range", "gender"])
    dept_counts = Counter(r.get("department") for r in triage)
    for r in triage:
        if r.get("department") not in DEPARTMENTS:
            err(f"{r.get('id')}: bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"{r.get('id')}: bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"{r.get('id')}: bad gender {r.get('gender')!r}")
    for d in DEPARTMENTS:
        if dept_counts.get(d, 0) != 4:
            err(f"triage: department {d} has {dept_counts.get(d, 0)} items, expected 4")

    # emergency
    check_common(emergency, "emergency.jsonl", "e", ["id", "text", "emergency", "kind", "family"])
    for r in emergency:
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err(f"{r.get('id')}: emergency not bool")
        if f not in FAMILIES:
            err(f"{r.get('id')}: bad family {f!r}")
        if e is True and k != "now":
            err(f"{r.get('id')}: emergency true but kind {k!r}")
        if e is False and k not in NON_KINDS:
            err(f"{r.get('id')}: non-emergency with kind {k!r}")
    now = [r for r in emergency if r.get("emergency") is True]
    non = [r for r in emergency if r.get("emergency") is False]

    print("PRIVACY")
    print(f"  items {len(privacy)}, with identifiers {with_ids}, trap-only {trap_only}, "
          f"with quasi {quasi_items}")
    table("identifier types", type_counts, sorted(ID_TYPES))
    print("\nTRIAGE")
    print(f"  items {len(triage)}")
    table("departments", dept_counts, DEPARTMENTS)
    table("age ranges", Counter(r.get("age_range") for r in triage), AGES)
    table("genders", Counter(r.get("gender") for r in triage), GENDERS)
    print("\nEMERGENCY")
    print(f"  items {len(emergency)}, now {len(now)}, non-emergency {len(non)}")
    table("non-emergency kinds", Counter(r.get("kind") for r in non), NON_KINDS)
    table("families (now)", Counter(r.get("family") for r in now), FAMILIES)
    table("families (non-emergency)", Counter(r.get("family") for r in non), FAMILIES)

    if errors:
        print(f"\nERRORS ({len(errors)})")
        for e in errors:
            print("  " + e)
    else:
        print("\nno errors")
    print(f"SUMMARY privacy={len(privacy)} with_identifiers={with_ids} trap_only={trap_only} "
          f"triage={len(triage)} emergency_now={len(now)} non_emergency={len(non)} "
          f"errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
