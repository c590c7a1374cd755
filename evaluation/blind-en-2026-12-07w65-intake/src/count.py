#!/usr/bin/env python3
"""Check and count the writer-65 blind test set (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bb"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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
                err(f"{name}:{n}: bad JSON ({e})")
    return rows


def check_common(name, rows, letter, fields):
    ids = set()
    texts = set()
    for r in rows:
        if set(r) != set(fields):
            err(f"{name} {r.get('id')}: fields {sorted(r)} != {sorted(fields)}")
        rid = r.get("id", "")
        if not (rid.startswith(f"{PREFIX}-{letter}") and rid[len(PREFIX) + 2:].isdigit()):
            err(f"{name}: bad id {rid!r}")
        if rid in ids:
            err(f"{name}: duplicate id {rid}")
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{name} {rid}: empty text")
            continue
        key = " ".join(t.lower().split())
        if key in texts:
            err(f"{name} {rid}: duplicate text")
        texts.add(key)


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")

    # privacy
    check_common("privacy", priv, "p", ["id", "text", "identifiers", "quasi"])
    type_counts = collections.Counter()
    with_ids = 0
    for r in priv:
        idents = r.get("identifiers", [])
        if not isinstance(idents, list):
            err(f"privacy {r['id']}: identifiers not a list")
            continue
        if idents:
            with_ids += 1
        seen = set()
        for ident in idents:
            if set(ident) != {"type", "text"}:
                err(f"privacy {r['id']}: identifier fields {sorted(ident)}")
                continue
            if ident["type"] not in ID_TYPES:
                err(f"privacy {r['id']}: bad identifier type {ident['type']!r}")
            if ident["text"] not in r["text"]:
                err(f"privacy {r['id']}: identifier {ident['text']!r} not in text")
            if (ident["type"], ident["text"]) in seen:
                err(f"privacy {r['id']}: identifier {ident['text']!r} listed twice")
            seen.add((ident["type"], ident["text"]))
            type_counts[ident["type"]] += 1
        quasi = r.get("quasi", [])
        if not isinstance(quasi, list):
            err(f"privacy {r['id']}: quasi not a list")
            continue
        for q in quasi:
            if not isinstance(q, str) or q not in r["text"]:
                err(f"privacy {r['id']}: quasi {q!r} not in text")
    trap_only = len(priv) - with_ids
    print(f"privacy: {len(priv)} items, {with_ids} with identifiers, {trap_only} trap-only, "
          f"{sum(1 for r in priv if r.get('quasi'))} with quasi flags")
    table("privacy identifier types", type_counts, sorted(ID_TYPES))

    # triage
    check_common("triage", tri, "t", ["id", "text", "department", "age_range", "gender"])
    dept = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in tri:
        if r.get("department") not in DEPARTMENTS:
            err(f"triage {r['id']}: bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"triage {r['id']}: bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"triage {r['id']}: bad gender {r.get('gender')!r}")
        dept[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    for d in DEPARTMENTS:
        if dept.get(d, 0) != 4:
            err(f"triage: department {d} has {dept.get(d, 0)} items, expected 4")
    print(f"\ntriage: {len(tri)} items")
    table("triage departments", dept, DEPARTMENTS)
    table("triage age ranges", ages, AGES)
    table("triage genders", gens, GENDERS)

    # emergency
    check_common("emergency", emg, "e", ["id", "text", "emergency", "kind", "family"])
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    for r in emg:
        k, fam, e = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS:
            err(f"emergency {r['id']}: bad kind {k!r}")
        if fam not in FAMILIES:
            err(f"emergency {r['id']}: bad family {fam!r}")
        if not isinstance(e, bool) or e != (k == "now"):
            err(f"emergency {r['id']}: emergency={e!r} does not match kind {k!r}")
        kinds[k] += 1
        (fam_now if k == "now" else fam_non)[fam] += 1
    now = kinds.get("now", 0)
    non = len(emg) - now
    if now < 115:
        err(f"emergency: only {now} now items")
    if non < 200:
        err(f"emergency: only {non} non-emergency items")
    for k in KINDS[1:]:
        if kinds.get(k, 0) == 0:
            err(f"emergency: no items of kind {k}")
    print(f"\nemergency: {len(emg)} items, {now} now, {non} non-emergency")
    table("emergency kinds", kinds, KINDS)
    print("\nemergency families (now / non)")
    for f in FAMILIES:
        print(f"  {f:<28} {fam_now.get(f, 0):>3} / {fam_non.get(f, 0):>3}")

    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
    else:
        print("\nall checks passed")
    print(f"SUMMARY privacy={len(priv)} with_identifiers={with_ids} trap_only={trap_only} "
          f"triage={len(tri)} emergency_now={now} non_emergency={non}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
