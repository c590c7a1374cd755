"""Check the three JSONL files and print count tables. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "z"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
HARD_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
              "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")

    all_ids = Counter()
    all_texts = Counter()

    # privacy
    type_counts = Counter()
    with_ids = 0
    quasi_items = 0
    quasi_strings = 0
    for r in priv:
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"privacy {r.get('id')}: fields {sorted(r)}")
            continue
        if not re.fullmatch(PREFIX + r"-p\d{3}", r["id"]):
            err(f"privacy bad id {r['id']}")
        all_ids[r["id"]] += 1
        all_texts[r["text"]] += 1
        seen = set()
        for ident in r["identifiers"]:
            if set(ident) != {"type", "text"}:
                err(f"{r['id']}: identifier fields {sorted(ident)}")
                continue
            if ident["type"] not in ID_TYPES:
                err(f"{r['id']}: bad type {ident['type']}")
            if ident["text"] not in r["text"]:
                err(f"{r['id']}: identifier not substring: {ident['text']!r}")
            if ident["text"] in seen:
                err(f"{r['id']}: identifier listed twice: {ident['text']!r}")
            seen.add(ident["text"])
            type_counts[ident["type"]] += 1
        if r["identifiers"]:
            with_ids += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in r["text"]:
                err(f"{r['id']}: quasi not substring: {q!r}")
            quasi_strings += 1
        if r["quasi"]:
            quasi_items += 1
    print(f"privacy: {len(priv)} items, {with_ids} with identifiers ({100*with_ids/max(1,len(priv)):.1f}%), "
          f"{len(priv)-with_ids} trap-only; quasi flags: {quasi_strings} strings in {quasi_items} items")
    table("identifier types", type_counts, ID_TYPES)
    for t in ID_TYPES:
        if type_counts[t] < 8:
            err(f"identifier type {t} fewer than 8")
    if len(priv) < 250:
        err("privacy fewer than 250 items")

    # triage
    dept = Counter()
    age = Counter()
    gen = Counter()
    for r in tri:
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"triage {r.get('id')}: fields {sorted(r)}")
            continue
        if not re.fullmatch(PREFIX + r"-t\d{3}", r["id"]):
            err(f"triage bad id {r['id']}")
        all_ids[r["id"]] += 1
        all_texts[r["text"]] += 1
        if r["department"] not in DEPTS:
            err(f"{r['id']}: bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']}: bad age {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']}: bad gender {r['gender']}")
        dept[r["department"]] += 1
        age[r["age_range"]] += 1
        gen[r["gender"]] += 1
    print(f"\ntriage: {len(tri)} items")
    table("departments", dept, DEPTS)
    table("age ranges", age, AGES)
    table("genders", gen, GENDERS)
    if len(tri) != 88:
        err("triage not 88 items")
    for d in DEPTS:
        if dept[d] != 4:
            err(f"department {d} has {dept[d]} items, not 4")

    # emergency
    fam_now = Counter()
    kinds = Counter()
    fam_hard = Counter()
    n_true = 0
    for r in emg:
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"emergency {r.get('id')}: fields {sorted(r)}")
            continue
        if not re.fullmatch(PREFIX + r"-e\d{3}", r["id"]):
            err(f"emergency bad id {r['id']}")
        all_ids[r["id"]] += 1
        all_texts[r["text"]] += 1
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']}: emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']}: bad family {r['family']}")
        if r["emergency"]:
            n_true += 1
            if r["kind"] != "now":
                err(f"{r['id']}: emergency with kind {r['kind']}")
            fam_now[r["family"]] += 1
        else:
            if r["kind"] not in HARD_KINDS:
                err(f"{r['id']}: bad non-emergency kind {r['kind']}")
            kinds[r["kind"]] += 1
            fam_hard[r["family"]] += 1
    n_false = len(emg) - n_true
    print(f"\nemergency: {len(emg)} items, {n_true} emergencies, {n_false} hard non-emergencies")
    table("emergency families (now)", fam_now, FAMILIES)
    table("non-emergency kinds", kinds, HARD_KINDS)
    table("non-emergency families", fam_hard, FAMILIES)
    if n_true < 110:
        err("fewer than 110 emergencies")
    if n_false < 170:
        err("fewer than 170 non-emergencies")
    for f in FAMILIES:
        if fam_now[f] < 4:
            err(f"family {f} has {fam_now[f]} emergencies (<4)")
    for k in HARD_KINDS:
        if kinds[k] < 18:
            err(f"kind {k} has {kinds[k]} items (<18)")

    for i, c in all_ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    for t, c in all_texts.items():
        if c > 1:
            err(f"duplicate text: {t[:60]!r}")

    print()
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
    else:
        print("OK: all checks passed")
    print(f"SUMMARY privacy={len(priv)} (with_identifiers={with_ids}, trap_only={len(priv)-with_ids}, "
          f"quasi_items={quasi_items}) triage={len(tri)} emergency={len(emg)} "
          f"(true={n_true}, false={n_false}) status={'FAIL' if errors else 'PASS'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
