#!/usr/bin/env python3
"""Writer 61 checker (standard library only): validates the three JSONL files and prints count tables."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ax"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
KINDS = ["now"] + NON_KINDS
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON ({e})")
    return rows


def check_common(name, rows, letter, fields):
    ids = collections.Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(f"{name}: duplicate id {i}")
    texts = collections.Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"{name}: duplicate text {t[:60]!r}")
    for r in rows:
        if set(r) != set(fields):
            err(f"{name}: {r.get('id')}: fields {sorted(r)} != {sorted(fields)}")
        rid = r.get("id", "")
        if not (isinstance(rid, str) and rid.startswith(f"{PREFIX}-{letter}") and rid[len(PREFIX) + 2:].isdigit()):
            err(f"{name}: bad id {rid!r}")
        if not isinstance(r.get("text"), str) or not r.get("text").strip():
            err(f"{name}: {rid}: empty text")


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")


def main():
    # privacy
    P = read("privacy.jsonl")
    check_common("privacy.jsonl", P, "p", ["id", "text", "identifiers", "quasi"])
    type_count = collections.Counter()
    with_ids = 0
    quasi_items = 0
    for r in P:
        text = r.get("text", "")
        idents = r.get("identifiers")
        if not isinstance(idents, list):
            err(f"{r.get('id')}: identifiers not a list")
            idents = []
        seen = set()
        for it in idents:
            if not isinstance(it, dict) or set(it) != {"type", "text"}:
                err(f"{r.get('id')}: bad identifier entry {it!r}")
                continue
            if it["type"] not in ID_TYPES:
                err(f"{r.get('id')}: unknown identifier type {it['type']!r}")
            if not it["text"] or it["text"] not in text:
                err(f"{r.get('id')}: identifier {it['text']!r} not a substring of text")
            if (it["type"], it["text"]) in seen:
                err(f"{r.get('id')}: identifier listed twice {it['text']!r}")
            seen.add((it["type"], it["text"]))
            type_count[it["type"]] += 1
        if idents:
            with_ids += 1
        quasi = r.get("quasi")
        if not isinstance(quasi, list):
            err(f"{r.get('id')}: quasi not a list")
            quasi = []
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err(f"{r.get('id')}: quasi {q!r} not a substring of text")
        if quasi:
            quasi_items += 1
    trap_only = len(P) - with_ids
    print(f"privacy.jsonl: {len(P)} items, {with_ids} with identifiers, {trap_only} trap-only, "
          f"{quasi_items} with quasi flags")
    table("identifier spans by type:", type_count, sorted(ID_TYPES))

    # triage
    T = read("triage.jsonl")
    check_common("triage.jsonl", T, "t", ["id", "text", "department", "age_range", "gender"])
    dep = collections.Counter()
    age = collections.Counter()
    gen = collections.Counter()
    for r in T:
        if r.get("department") not in DEPARTMENTS:
            err(f"{r.get('id')}: bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"{r.get('id')}: bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"{r.get('id')}: bad gender {r.get('gender')!r}")
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    for d in DEPARTMENTS:
        if dep.get(d, 0) != 4:
            err(f"triage: department {d} has {dep.get(d, 0)} items, expected 4")
    print(f"\ntriage.jsonl: {len(T)} items")
    table("by department:", dep, DEPARTMENTS)
    table("by age_range:", age, AGES)
    table("by gender:", gen, GENDERS)

    # emergency
    E = read("emergency.jsonl")
    check_common("emergency.jsonl", E, "e", ["id", "text", "emergency", "kind", "family"])
    kind = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    for r in E:
        k, f, e = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS:
            err(f"{r.get('id')}: bad kind {k!r}")
        if f not in FAMILIES:
            err(f"{r.get('id')}: bad family {f!r}")
        if not isinstance(e, bool) or e != (k == "now"):
            err(f"{r.get('id')}: emergency flag {e!r} inconsistent with kind {k!r}")
        kind[k] += 1
        (fam_now if k == "now" else fam_non)[f] += 1
    n_now = kind.get("now", 0)
    n_non = len(E) - n_now
    print(f"\nemergency.jsonl: {len(E)} items, {n_now} now, {n_non} non-emergency")
    table("by kind:", kind, KINDS)
    print("\nby family (now / non-emergency):")
    for f in FAMILIES:
        print(f"  {f:<28} {fam_now.get(f, 0):>3} / {fam_non.get(f, 0):>3}")
    if n_now < 115:
        err(f"emergency: only {n_now} now items (need >= 115)")
    if n_non < 200:
        err(f"emergency: only {n_non} non-emergency items (need >= 200)")
    for k in NON_KINDS:
        if kind.get(k, 0) == 0:
            err(f"emergency: no items of kind {k}")

    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
    else:
        print("\nall checks passed")
    print(f"SUMMARY privacy={len(P)} with_identifiers={with_ids} trap_only={trap_only} triage={len(T)} "
          f"emergency_now={n_now} non_emergency={n_non}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
