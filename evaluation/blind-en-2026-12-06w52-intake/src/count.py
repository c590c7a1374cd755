"""Check the built JSONL files and print count tables. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ao"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
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
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON {e}")
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28}{counter.get(k, 0)}")
    extra = [k for k in counter if order and k not in order]
    for k in extra:
        print(f"  {k:<28}{counter[k]}  (UNKNOWN)")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    em = load("emergency.jsonl")

    all_ids = set()
    all_texts = {}
    for fname, rows, letter, fields in (("privacy", priv, "p", {"id", "text", "identifiers", "quasi"}),
                                         ("triage", tri, "t", {"id", "text", "department", "age_range", "gender"}),
                                         ("emergency", em, "e", {"id", "text", "emergency", "kind", "family"})):
        for r in rows:
            if set(r) != fields:
                err(f"{fname} {r.get('id')}: fields {sorted(r)}")
            rid = r.get("id", "")
            if not rid.startswith(f"{PREFIX}-{letter}") or not rid[len(PREFIX) + 2:].isdigit():
                err(f"{fname}: bad id {rid}")
            if rid in all_ids:
                err(f"duplicate id {rid}")
            all_ids.add(rid)
            t = r.get("text", "")
            if not isinstance(t, str) or not t.strip():
                err(f"{rid}: empty text")
            key = " ".join(t.lower().split())
            if key in all_texts:
                err(f"duplicate text: {rid} and {all_texts[key]}")
            all_texts[key] = rid

    # privacy
    id_types = Counter()
    with_ids = 0
    with_quasi = 0
    for r in priv:
        ids = r["identifiers"]
        if ids:
            with_ids += 1
        seen = set()
        for i in ids:
            if set(i) != {"type", "text"}:
                err(f"{r['id']}: identifier fields {sorted(i)}")
                continue
            if i["type"] not in ID_TYPES:
                err(f"{r['id']}: unknown identifier type {i['type']}")
            if i["text"] not in r["text"]:
                err(f"{r['id']}: identifier text not in item text: {i['text']!r}")
            if (i["type"], i["text"]) in seen:
                err(f"{r['id']}: repeated identifier {i['text']!r}")
            seen.add((i["type"], i["text"]))
            id_types[i["type"]] += 1
        if not isinstance(r["quasi"], list):
            err(f"{r['id']}: quasi not a list")
        for q in r["quasi"]:
            if q not in r["text"]:
                err(f"{r['id']}: quasi not in text: {q!r}")
        if r["quasi"]:
            with_quasi += 1
    n_occ = sum(id_types.values())
    if len(priv) < 250:
        err(f"privacy: {len(priv)} items < 250")
    if n_occ < 250:
        err(f"privacy: {n_occ} identifier occurrences < 250")
    for t in ID_TYPES:
        if id_types[t] == 0:
            err(f"privacy: no identifier of type {t}")
    if id_types and id_types.most_common(1)[0][0] != "name":
        err("privacy: names are not the most common type")
    share = with_ids / len(priv) if priv else 0
    if not 0.5 <= share <= 0.7:
        err(f"privacy: share with identifiers {share:.2f} not about 60%")
    if with_quasi < 15:
        err(f"privacy: only {with_quasi} items with quasi")

    # triage
    depts = Counter(r["department"] for r in tri)
    ages = Counter(r["age_range"] for r in tri)
    genders = Counter(r["gender"] for r in tri)
    for r in tri:
        if r["department"] not in DEPTS:
            err(f"{r['id']}: unknown department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']}: unknown age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']}: unknown gender {r['gender']}")
    if len(tri) != 88:
        err(f"triage: {len(tri)} items != 88")
    for d in DEPTS:
        if depts[d] != 4:
            err(f"triage: {d} has {depts[d]} items, not 4")

    # emergency
    kinds = Counter(r["kind"] for r in em)
    fams_now = Counter(r["family"] for r in em if r["kind"] == "now")
    fams_non = Counter(r["family"] for r in em if r["kind"] != "now")
    for r in em:
        if r["kind"] not in KINDS:
            err(f"{r['id']}: unknown kind {r['kind']}")
        if r["family"] not in FAMILIES:
            err(f"{r['id']}: unknown family {r['family']}")
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']}: emergency not bool")
        if r["emergency"] != (r["kind"] == "now"):
            err(f"{r['id']}: emergency flag does not match kind {r['kind']}")
    n_now = kinds["now"]
    n_non = len(em) - n_now
    if len(em) < 300:
        err(f"emergency: {len(em)} items < 300")
    if n_now < 110:
        err(f"emergency: {n_now} now-items < 110")
    if n_non < 180:
        err(f"emergency: {n_non} non-emergencies < 180")
    for k in KINDS[1:]:
        if kinds[k] < 18:
            err(f"emergency: kind {k} has only {kinds[k]}")
    for f in FAMILIES:
        if fams_now[f] == 0:
            err(f"emergency: family {f} has no now-item")

    print(f"privacy items: {len(priv)}  with identifiers: {with_ids} ({share:.0%})  trap-only: {len(priv) - with_ids}"
          f"  identifier occurrences: {n_occ}  items with quasi: {with_quasi}")
    table("identifier types", id_types, ID_TYPES)
    print(f"\ntriage items: {len(tri)}")
    table("departments", depts, DEPTS)
    table("age ranges", ages, AGES)
    table("genders", genders, GENDERS)
    print(f"\nemergency items: {len(em)}  emergencies (now): {n_now}  non-emergencies: {n_non}")
    table("emergency kinds", kinds, KINDS)
    print("\nfamilies (now / non-now)")
    for f in FAMILIES:
        print(f"  {f:<28}{fams_now.get(f, 0):>4} /{fams_non.get(f, 0):>4}")

    print()
    if errors:
        print(f"ERRORS ({len(errors)}):")
        for e in errors:
            print("  " + e)
    else:
        print("checks: all passed")
    print(f"SUMMARY: privacy={len(priv)} (with_identifiers={with_ids}, trap_only={len(priv) - with_ids}, "
          f"identifiers={n_occ}, quasi_items={with_quasi}) triage={len(tri)} emergency={len(em)} "
          f"(now={n_now}, non_emergency={n_non}) errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
