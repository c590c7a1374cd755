#!/usr/bin/env python3
"""Check the built JSONL files and print count tables."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ak"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    path = os.path.join(OUT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON {e}")
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter, key=lambda k: (-counter[k], k))
    for k in keys:
        print(f"  {k:28s} {counter.get(k, 0)}")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")

    all_ids = set()
    all_texts = {}
    for fname, rows, letter in (("privacy", priv, "p"), ("triage", tri, "t"), ("emergency", emg, "e")):
        for i, r in enumerate(rows, 1):
            rid = r.get("id")
            if rid != f"{PREFIX}-{letter}{i:03d}":
                err(f"{fname}: unexpected id {rid} at row {i}")
            if rid in all_ids:
                err(f"duplicate id {rid}")
            all_ids.add(rid)
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err(f"{rid}: empty text")
                continue
            key = " ".join(t.lower().split())
            if key in all_texts:
                err(f"{rid}: duplicate text with {all_texts[key]}")
            all_texts[key] = rid

    # privacy
    id_types = collections.Counter()
    n_with_ids = n_quasi = n_occ = 0
    for r in priv:
        rid = r["id"]
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"{rid}: fields {sorted(r)}")
        idents = r.get("identifiers", [])
        seen = set()
        for d in idents:
            if set(d) != {"type", "text"}:
                err(f"{rid}: identifier fields {d}")
                continue
            if d["type"] not in ID_TYPES:
                err(f"{rid}: bad identifier type {d['type']}")
            if d["text"] not in r["text"]:
                err(f"{rid}: identifier not a substring: {d['text']!r}")
            if d["text"] in seen:
                err(f"{rid}: identifier listed twice: {d['text']!r}")
            seen.add(d["text"])
            id_types[d["type"]] += 1
            n_occ += 1
        for q in r.get("quasi", []):
            if not isinstance(q, str) or q not in r["text"]:
                err(f"{rid}: quasi not a substring: {q!r}")
        if idents:
            n_with_ids += 1
        if r.get("quasi"):
            n_quasi += 1
    n_trap = len(priv) - n_with_ids
    if len(priv) < 250:
        err(f"privacy has {len(priv)} items (< 250)")
    if n_occ < 250:
        err(f"privacy has {n_occ} identifier occurrences (< 250)")
    for t in ID_TYPES:
        if id_types[t] == 0:
            err(f"identifier type {t} missing")
    if id_types.most_common(1)[0][0] != "name":
        err("names are not the most common identifier type")
    share = n_with_ids / max(1, len(priv))
    if not 0.5 <= share <= 0.7:
        err(f"share of items with identifiers {share:.2f} not about 60%")
    if n_quasi < 15:
        err(f"only {n_quasi} items with quasi flags (about 20 wanted)")

    # triage
    depts = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in tri:
        rid = r["id"]
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"{rid}: fields {sorted(r)}")
        if r.get("department") not in DEPTS:
            err(f"{rid}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            err(f"{rid}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            err(f"{rid}: bad gender {r.get('gender')}")
        depts[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    if len(tri) != 88:
        err(f"triage has {len(tri)} items (want 88)")
    for d in DEPTS:
        if depts[d] != 4:
            err(f"department {d} has {depts[d]} items (want 4)")

    # emergency
    kinds = collections.Counter()
    fams_now = collections.Counter()
    fams_non = collections.Counter()
    for r in emg:
        rid = r["id"]
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"{rid}: fields {sorted(r)}")
        if not isinstance(r.get("emergency"), bool):
            err(f"{rid}: emergency not bool")
        if r.get("kind") not in KINDS:
            err(f"{rid}: bad kind {r.get('kind')}")
        if r.get("family") not in FAMILIES:
            err(f"{rid}: bad family {r.get('family')}")
        if r.get("emergency") != (r.get("kind") == "now"):
            err(f"{rid}: emergency/kind mismatch")
        kinds[r.get("kind")] += 1
        (fams_now if r.get("emergency") else fams_non)[r.get("family")] += 1
    n_now = kinds["now"]
    n_non = len(emg) - n_now
    if len(emg) < 300:
        err(f"emergency has {len(emg)} items (< 300)")
    if n_now < 110:
        err(f"only {n_now} emergencies (< 110)")
    if n_non < 180:
        err(f"only {n_non} hard non-emergencies (< 180)")
    for k in KINDS[1:]:
        if kinds[k] < 15:
            err(f"kind {k} has only {kinds[k]} items (about 20 wanted)")
    for f in FAMILIES:
        if fams_now[f] == 0:
            err(f"family {f} has no emergency")

    table("Identifier types (occurrences)", id_types)
    print(f"\nprivacy items: {len(priv)}; with identifiers: {n_with_ids} ({share:.0%}); trap-only: {n_trap}; "
          f"with quasi: {n_quasi}; identifier occurrences: {n_occ}")
    table("Departments", depts, DEPTS)
    table("Age ranges (triage)", ages, AGES)
    table("Genders (triage)", gens, GENDERS)
    table("Emergency kinds", kinds, KINDS)
    print("\nFamilies (now / non-emergency)")
    for f in FAMILIES:
        print(f"  {f:28s} {fams_now[f]:3d} / {fams_non[f]:3d}")

    print()
    if errors:
        print(f"PROBLEMS ({len(errors)}):")
        for e in errors:
            print("  - " + e)
    else:
        print("checks: all passed")
    print(f"SUMMARY: privacy={len(priv)} (with_identifiers={n_with_ids}, trap_only={n_trap}, quasi={n_quasi}, "
          f"identifier_occurrences={n_occ}) triage={len(tri)} emergency={len(emg)} (now={n_now}, non={n_non}) "
          f"problems={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
