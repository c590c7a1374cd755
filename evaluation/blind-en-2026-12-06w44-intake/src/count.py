"""Check and count the en44 intake test set (standard library only)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ag"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology",
         "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
         "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history",
             "hypothetical_or_general", "negated", "figure_of_speech",
             "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis",
            "severe_bleeding", "suicidal_intent", "self_harm", "overdose_poisoning",
            "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking",
            "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child",
            "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

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


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:28s} {counter.get(k, 0)}")


def main():
    privacy = load("privacy.jsonl")
    triage = load("triage.jsonl")
    emergency = load("emergency.jsonl")
    check_ids(privacy, "p", "privacy")
    check_ids(triage, "t", "triage")
    check_ids(emergency, "e", "emergency")

    # duplicate texts across all files
    texts = collections.Counter()
    for rows in (privacy, triage, emergency):
        for r in rows:
            texts[r.get("text", "").strip()] += 1
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text x{c}: {t[:70]!r}")
        if not t:
            err("empty text")

    # privacy
    type_counts = collections.Counter()
    with_ids = 0
    quasi_n = 0
    for r in privacy:
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"{r.get('id')}: privacy fields {sorted(r)}")
            continue
        text = r["text"]
        seen_ident = set()
        for ident in r["identifiers"]:
            if set(ident) != {"type", "text"}:
                err(f"{r['id']}: identifier fields {sorted(ident)}")
                continue
            if ident["type"] not in ID_TYPES:
                err(f"{r['id']}: bad identifier type {ident['type']}")
            if ident["text"] not in text:
                err(f"{r['id']}: identifier not in text: {ident['text']!r}")
            key = (ident["type"], ident["text"])
            if key in seen_ident:
                err(f"{r['id']}: identifier listed twice {key}")
            seen_ident.add(key)
            type_counts[ident["type"]] += 1
        if not isinstance(r["quasi"], list):
            err(f"{r['id']}: quasi not list")
        for q in r["quasi"]:
            if q not in text:
                err(f"{r['id']}: quasi not in text: {q!r}")
            quasi_n += 1
        if r["identifiers"]:
            with_ids += 1
        elif r["quasi"]:
            err(f"{r['id']}: quasi on an item without identifiers")
    for t in ID_TYPES:
        if type_counts[t] < 8:
            err(f"privacy: identifier type {t} only {type_counts[t]}")
    if type_counts and type_counts.most_common(1)[0][0] != "name":
        err("privacy: name is not the most common identifier type")
    if len(privacy) < 250:
        err(f"privacy: only {len(privacy)} items")

    print(f"privacy: {len(privacy)} items, {with_ids} with identifiers "
          f"({100.0 * with_ids / max(1, len(privacy)):.1f}%), "
          f"{len(privacy) - with_ids} trap-only, {quasi_n} quasi flags")
    table("identifier types (mentions)", type_counts, ID_TYPES)

    # triage
    dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in triage:
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"{r.get('id')}: triage fields {sorted(r)}")
            continue
        if r["department"] not in DEPTS:
            err(f"{r['id']}: bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']}: bad age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']}: bad gender {r['gender']}")
        dept_c[r["department"]] += 1
        age_c[r["age_range"]] += 1
        gen_c[r["gender"]] += 1
    if len(triage) != 88:
        err(f"triage: {len(triage)} items, expected 88")
    for d in DEPTS:
        if dept_c[d] != 4:
            err(f"triage: department {d} has {dept_c[d]}")
    print(f"\ntriage: {len(triage)} items")
    table("departments", dept_c, DEPTS)
    table("age ranges", age_c, AGES)
    table("genders", gen_c, GENDERS)

    # emergency
    now_fam, non_kind, non_fam = collections.Counter(), collections.Counter(), collections.Counter()
    n_true = n_false = 0
    for r in emergency:
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"{r.get('id')}: emergency fields {sorted(r)}")
            continue
        if r["family"] not in FAMILIES:
            err(f"{r['id']}: bad family {r['family']}")
        if r["emergency"] is True:
            n_true += 1
            if r["kind"] != "now":
                err(f"{r['id']}: emergency with kind {r['kind']}")
            now_fam[r["family"]] += 1
        elif r["emergency"] is False:
            n_false += 1
            if r["kind"] not in KINDS_NON:
                err(f"{r['id']}: non-emergency with kind {r['kind']}")
            non_kind[r["kind"]] += 1
            non_fam[r["family"]] += 1
        else:
            err(f"{r['id']}: emergency not bool")
    if n_true < 110:
        err(f"emergency: only {n_true} emergencies")
    if n_false < 170:
        err(f"emergency: only {n_false} non-emergencies")
    for f_ in FAMILIES:
        if now_fam[f_] < 4:
            err(f"emergency: family {f_} has {now_fam[f_]} emergencies")
    for k in KINDS_NON:
        if non_kind[k] < 18:
            err(f"emergency: kind {k} has {non_kind[k]}")
    print(f"\nemergency: {len(emergency)} items, {n_true} emergencies, {n_false} hard non-emergencies")
    table("emergency families (now)", now_fam, FAMILIES)
    table("non-emergency kinds", non_kind, KINDS_NON)
    table("non-emergency families", non_fam, FAMILIES)

    print()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED with {len(errors)} errors")
        sys.exit(1)
    print(f"SUMMARY: privacy {len(privacy)} ({with_ids} with identifiers, "
          f"{len(privacy) - with_ids} trap-only, {quasi_n} quasi); triage {len(triage)}; "
          f"emergency {len(emergency)} ({n_true} emergencies, {n_false} non-emergencies) - all checks passed")


if __name__ == "__main__":
    main()
