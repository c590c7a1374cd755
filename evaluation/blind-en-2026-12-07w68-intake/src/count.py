"""Check and count the blind test set. Standard library only. Exits non-zero on any error."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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


def load(name, prefix):
    rows = []
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err(f"missing {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(prefix):
            err(f"{name}: bad id {rid!r}")
        if rid in ids:
            err(f"{name}: duplicate id {rid}")
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{name}: {rid} empty text")
            continue
        if t in texts:
            err(f"{name}: {rid} duplicate text")
        texts.add(t)
    return rows


def show(title, counter, order=None):
    print(f"  {title}:")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"    {k}: {counter.get(k, 0)}")


def main():
    # privacy
    priv = load("privacy.jsonl", "be-p")
    types, with_ids, trap, with_q = Counter(), 0, 0, 0
    for r in priv:
        rid, t = r.get("id"), r.get("text", "")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"{rid}: fields {sorted(r)}")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(q, list):
            err(f"{rid}: identifiers/quasi must be lists")
            continue
        seen = set()
        for i in ids:
            if not isinstance(i, dict) or set(i) != {"type", "text"}:
                err(f"{rid}: bad identifier {i!r}")
                continue
            if i["type"] not in ID_TYPES:
                err(f"{rid}: bad identifier type {i['type']}")
            if not i["text"] or i["text"] not in t:
                err(f"{rid}: identifier not in text: {i['text']!r}")
            if (i["type"], i["text"]) in seen:
                err(f"{rid}: identifier listed twice {i['text']!r}")
            seen.add((i["type"], i["text"]))
            types[i["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err(f"{rid}: quasi not in text: {s!r}")
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_q += 1
    print(f"privacy: {len(priv)} rows")
    show("identifier types", types, sorted(ID_TYPES))
    print(f"  items with identifiers: {with_ids}; trap-only: {trap}; with quasi: {with_q}")

    # triage
    tri = load("triage.jsonl", "be-t")
    dep, age, gen = Counter(), Counter(), Counter()
    for r in tri:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"{rid}: fields {sorted(r)}")
        if r.get("department") not in DEPARTMENTS:
            err(f"{rid}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            err(f"{rid}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            err(f"{rid}: bad gender {r.get('gender')}")
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print(f"triage: {len(tri)} rows")
    show("departments", dep, sorted(DEPARTMENTS))
    show("age_range", age, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    show("gender", gen, sorted(GENDERS))

    # emergency
    em = load("emergency.jsonl", "be-e")
    kinds, fam_now, fam_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in em:
        rid = r.get("id")
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"{rid}: fields {sorted(r)}")
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err(f"{rid}: emergency must be bool")
        if fam not in FAMILIES:
            err(f"{rid}: bad family {fam}")
        if e is True:
            if k != "now":
                err(f"{rid}: emergency true needs kind now")
            n_now += 1
            fam_now[fam] += 1
        else:
            if k not in NON_KINDS:
                err(f"{rid}: bad non-emergency kind {k}")
            n_non += 1
            fam_non[fam] += 1
        kinds[k] += 1
    print(f"emergency: {len(em)} rows")
    show("kind", kinds, ["now"] + sorted(NON_KINDS))
    show("family (now)", fam_now, sorted(FAMILIES))
    show("family (non-emergency)", fam_non, sorted(FAMILIES))

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
    print(f"SUMMARY: privacy {len(priv)} ({with_ids} with identifiers, {trap} trap-only, {with_q} with quasi); "
          f"triage {len(tri)}; emergency {len(em)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
