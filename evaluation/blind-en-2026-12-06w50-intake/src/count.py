"""Check the built JSONL files and print count tables and a SUMMARY line."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "am"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
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
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}.jsonl line {n}: bad JSON ({e})")
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:28s} {counter.get(k, 0)}")
    extra = [k for k in counter if order and k not in order]
    for k in extra:
        print(f"  {k:28s} {counter[k]}  (UNKNOWN)")


def main():
    priv = load("privacy")
    tri = load("triage")
    emer = load("emergency")

    ids = Counter()
    texts = Counter()
    for name, rows, letter in (("privacy", priv, "p"), ("triage", tri, "t"), ("emergency", emer, "e")):
        for i, r in enumerate(rows, 1):
            ids[r.get("id")] += 1
            texts[r.get("text", "").strip().lower()] += 1
            if r.get("id") != f"{PREFIX}-{letter}{i:03d}":
                err(f"{name}: unexpected id {r.get('id')} at row {i}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{name} {r.get('id')}: empty text")
    for k, v in ids.items():
        if v > 1:
            err(f"duplicate id {k}")
    for k, v in texts.items():
        if v > 1:
            err(f"duplicate text ({v}x): {k[:60]}")

    # privacy
    type_counts = Counter()
    with_ids = 0
    with_quasi = 0
    occ = 0
    for r in priv:
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"{r['id']}: fields {sorted(r)}")
        idl = r.get("identifiers", [])
        if idl:
            with_ids += 1
        seen = set()
        for d in idl:
            if set(d) != {"type", "text"}:
                err(f"{r['id']}: identifier fields {sorted(d)}")
            if d.get("type") not in ID_TYPES:
                err(f"{r['id']}: bad identifier type {d.get('type')}")
            if d.get("text") not in r["text"]:
                err(f"{r['id']}: identifier not substring: {d.get('text')!r}")
            if d.get("text") in seen:
                err(f"{r['id']}: identifier listed twice: {d.get('text')!r}")
            seen.add(d.get("text"))
            type_counts[d.get("type")] += 1
            occ += 1
        q = r.get("quasi", [])
        if q:
            with_quasi += 1
        for s in q:
            if s not in r["text"]:
                err(f"{r['id']}: quasi not substring: {s!r}")
    trap_only = len(priv) - with_ids
    if len(priv) < 250:
        err(f"privacy: only {len(priv)} items (< 250)")
    for t in ID_TYPES:
        if type_counts.get(t, 0) == 0:
            err(f"privacy: no identifiers of type {t}")
    if type_counts.most_common(1)[0][0] != "name":
        err("privacy: names are not the most common identifier type")
    if occ < 250:
        err(f"privacy: only {occ} identifier occurrences (< 250)")
    share = with_ids / len(priv) if priv else 0
    if not 0.5 <= share <= 0.7:
        err(f"privacy: share with identifiers {share:.2f} is far from 60%")
    if with_quasi < 15:
        err(f"privacy: only {with_quasi} items with quasi flags")

    # triage
    dept_counts = Counter()
    age_counts = Counter()
    gender_counts = Counter()
    for r in tri:
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"{r['id']}: fields {sorted(r)}")
        if r.get("department") not in DEPTS:
            err(f"{r['id']}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            err(f"{r['id']}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            err(f"{r['id']}: bad gender {r.get('gender')}")
        dept_counts[r.get("department")] += 1
        age_counts[r.get("age_range")] += 1
        gender_counts[r.get("gender")] += 1
    if len(tri) != 88:
        err(f"triage: {len(tri)} items (need exactly 88)")
    for d in DEPTS:
        if dept_counts.get(d, 0) != 4:
            err(f"triage: {d} has {dept_counts.get(d, 0)} items (need 4)")

    # emergency
    kind_counts = Counter()
    fam_now = Counter()
    fam_non = Counter()
    for r in emer:
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"{r['id']}: fields {sorted(r)}")
        if not isinstance(r.get("emergency"), bool):
            err(f"{r['id']}: emergency not bool")
        if r.get("kind") not in KINDS:
            err(f"{r['id']}: bad kind {r.get('kind')}")
        if r.get("family") not in FAMILIES:
            err(f"{r['id']}: bad family {r.get('family')}")
        if (r.get("kind") == "now") != (r.get("emergency") is True):
            err(f"{r['id']}: emergency/kind mismatch")
        kind_counts[r.get("kind")] += 1
        (fam_now if r.get("emergency") else fam_non)[r.get("family")] += 1
    n_now = kind_counts.get("now", 0)
    n_non = len(emer) - n_now
    if len(emer) < 300:
        err(f"emergency: {len(emer)} items (< 300)")
    if n_now < 110:
        err(f"emergency: {n_now} now items (< 110)")
    if n_non < 180:
        err(f"emergency: {n_non} non-emergencies (< 180)")
    for k in KINDS[1:]:
        if kind_counts.get(k, 0) < 18:
            err(f"emergency: kind {k} has only {kind_counts.get(k, 0)} items (about 20 wanted)")
    for f in FAMILIES:
        if fam_now.get(f, 0) == 0:
            err(f"emergency: no now items for family {f}")

    # tables
    print(f"privacy items: {len(priv)} (with identifiers {with_ids} = {share:.0%}, trap-only {trap_only}, "
          f"with quasi {with_quasi}, identifier occurrences {occ})")
    table("identifier types", type_counts, ID_TYPES)
    print(f"\ntriage items: {len(tri)}")
    table("departments", dept_counts, DEPTS)
    table("age ranges", age_counts, AGES)
    table("genders", gender_counts, GENDERS)
    print(f"\nemergency items: {len(emer)} (now {n_now}, non-emergency {n_non})")
    table("emergency kinds", kind_counts, KINDS)
    print("\nfamilies (now / non-emergency)")
    for f in FAMILIES:
        print(f"  {f:28s} {fam_now.get(f, 0):3d} / {fam_non.get(f, 0):3d}")

    if errors:
        print(f"\nPROBLEMS ({len(errors)}):")
        for e in errors:
            print("  - " + e)
    print(f"\nSUMMARY: privacy={len(priv)} (with_identifiers={with_ids}, trap_only={trap_only}, "
          f"identifiers={occ}, quasi_items={with_quasi}) triage={len(tri)} "
          f"emergency={len(emer)} (now={n_now}, non_emergency={n_non}) problems={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
