"""Validate the JSONL files and print count tables."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "w"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology",
               "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
               "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

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
                err(f"{name}:{n} bad json {e}")
    return rows


def check_ids(rows, letter, name):
    pat = re.compile(rf"^{PREFIX}-{letter}\d{{3}}$")
    seen = set()
    for r in rows:
        i = r.get("id")
        if not isinstance(i, str) or not pat.match(i):
            err(f"{name}: bad id {i!r}")
        if i in seen:
            err(f"{name}: duplicate id {i}")
        seen.add(i)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{name}: {i} empty text")


def table(title, counter, total=None):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:<28} {v}")
    if total is not None:
        print(f"  {'TOTAL':<28} {total}")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")
    check_ids(priv, "p", "privacy")
    check_ids(tri, "t", "triage")
    check_ids(emg, "e", "emergency")

    # duplicate text across all files
    texts = collections.Counter()
    for r in priv + tri + emg:
        texts[r.get("text", "").strip().lower()] += 1
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text x{c}: {t[:60]}")

    # privacy
    type_counts = collections.Counter()
    with_ids = 0
    quasi_n = 0
    for r in priv:
        keys = set(r)
        if keys != {"id", "text", "identifiers", "quasi"}:
            err(f"privacy {r.get('id')}: fields {sorted(keys)}")
        idents = r.get("identifiers", [])
        if not isinstance(idents, list):
            err(f"privacy {r['id']}: identifiers not list")
            continue
        if idents:
            with_ids += 1
        seen = set()
        for it in idents:
            if set(it) != {"type", "text"}:
                err(f"privacy {r['id']}: identifier fields {it}")
                continue
            if it["type"] not in ID_TYPES:
                err(f"privacy {r['id']}: bad type {it['type']}")
            if it["text"] not in r["text"]:
                err(f"privacy {r['id']}: identifier not substring: {it['text']!r}")
            if (it["type"], it["text"]) in seen:
                err(f"privacy {r['id']}: repeated identifier {it['text']!r}")
            seen.add((it["type"], it["text"]))
            type_counts[it["type"]] += 1
        q = r.get("quasi", [])
        if not isinstance(q, list):
            err(f"privacy {r['id']}: quasi not list")
            continue
        for s in q:
            if not isinstance(s, str) or s not in r["text"]:
                err(f"privacy {r['id']}: quasi not substring: {s!r}")
        if q:
            quasi_n += 1

    # triage
    dept = collections.Counter()
    ages = collections.Counter()
    gend = collections.Counter()
    for r in tri:
        keys = set(r)
        if keys != {"id", "text", "department", "age_range", "gender"}:
            err(f"triage {r.get('id')}: fields {sorted(keys)}")
        if r.get("department") not in DEPARTMENTS:
            err(f"triage {r.get('id')}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            err(f"triage {r.get('id')}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            err(f"triage {r.get('id')}: bad gender {r.get('gender')}")
        dept[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gend[r.get("gender")] += 1
    for d in DEPARTMENTS:
        if dept[d] < 4:
            err(f"triage: department {d} has {dept[d]} < 4")

    # emergency
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_true = n_false = 0
    for r in emg:
        keys = set(r)
        if keys != {"id", "text", "emergency", "kind", "family"}:
            err(f"emergency {r.get('id')}: fields {sorted(keys)}")
        e = r.get("emergency")
        if not isinstance(e, bool):
            err(f"emergency {r.get('id')}: emergency not bool")
        if r.get("family") not in FAMILIES:
            err(f"emergency {r.get('id')}: bad family {r.get('family')}")
        if e is True:
            n_true += 1
            if r.get("kind") != "now":
                err(f"emergency {r.get('id')}: emergency true but kind {r.get('kind')}")
            fam_now[r.get("family")] += 1
        elif e is False:
            n_false += 1
            if r.get("kind") not in KINDS_NON:
                err(f"emergency {r.get('id')}: non-emergency with kind {r.get('kind')}")
            fam_non[r.get("family")] += 1
        kinds[r.get("kind")] += 1

    if len(priv) < 220:
        err(f"privacy only {len(priv)} items")
    if len(tri) < 88:
        err(f"triage only {len(tri)} items")
    if n_true < 110:
        err(f"only {n_true} emergencies")
    if n_false < 160:
        err(f"only {n_false} non-emergencies")

    print("=== privacy.jsonl ===")
    print(f"  items {len(priv)}; with identifiers {with_ids} ({100*with_ids/max(1,len(priv)):.0f}%); "
          f"trap-only {len(priv)-with_ids}; items with quasi {quasi_n}")
    table("identifier types (spans)", type_counts, sum(type_counts.values()))
    print("\n=== triage.jsonl ===")
    table("departments", dept, len(tri))
    table("age_range", ages)
    table("gender", gend)
    print("\n=== emergency.jsonl ===")
    print(f"  emergencies {n_true}; non-emergencies {n_false}; total {len(emg)}")
    table("kind", kinds)
    table("family (emergency=true)", fam_now)
    table("family (emergency=false)", fam_non)

    print()
    if errors:
        print(f"ERRORS ({len(errors)}):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")
    print(f"SUMMARY privacy={len(priv)} triage={len(tri)} emergency={n_true}/{n_false}")


if __name__ == "__main__":
    main()
