"""Validate the three JSONL files and print count tables (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "id_number", "address", "date_of_birth", "email", "handle"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NEG = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "severe_burn", "choking"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(name, prefix, fields):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err(f"{name}:{n} does not parse: {e}")
                continue
            if set(r) != set(fields):
                err(f"{name}:{n} fields {sorted(r)} != {sorted(fields)}")
            rid = r.get("id", "")
            if not (isinstance(rid, str) and rid.startswith(prefix) and len(rid) == len(prefix) + 4
                    and rid[len(prefix):].isdigit()):
                err(f"{name}:{n} bad id {rid!r}")
            if rid in all_ids:
                err(f"{name}:{n} duplicate id {rid}")
            all_ids.add(rid)
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err(f"{name}:{n} empty text")
            elif t in all_texts:
                err(f"{name}:{n} duplicate text")
            all_texts.add(t)
            rows.append(r)
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")
    print(f"  {'TOTAL':<28} {sum(counter.values())}")


def main():
    p = load("privacy.jsonl", "qz-p-", ["id", "text", "identifiers"])
    t = load("triage.jsonl", "qz-t-", ["id", "text", "department", "age_range", "gender"])
    e = load("emergency.jsonl", "qz-e-", ["id", "text", "emergency", "kind", "family"])

    # privacy
    type_items = collections.Counter()
    type_spans = collections.Counter()
    with_id = without_id = 0
    for r in p:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err(f"{r['id']} identifiers not a list")
            continue
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err(f"{r['id']} bad identifier object {d!r}")
                continue
            if d["type"] not in ID_TYPES:
                err(f"{r['id']} bad type {d['type']}")
            if d["text"] not in r["text"]:
                err(f"{r['id']} span not in text: {d['text']!r}")
            key = (d["type"], d["text"])
            if key in seen:
                err(f"{r['id']} identifier listed twice: {d['text']!r}")
            seen.add(key)
            type_spans[d["type"]] += 1
        for ty in {d["type"] for d in ids if isinstance(d, dict) and "type" in d}:
            type_items[ty] += 1
        if ids:
            with_id += 1
        else:
            without_id += 1

    # triage
    dept = collections.Counter()
    ages = collections.Counter()
    genders = collections.Counter()
    for r in t:
        if r["department"] not in DEPTS:
            err(f"{r['id']} bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']} bad age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']} bad gender {r['gender']}")
        dept[r["department"]] += 1
        ages[r["age_range"]] += 1
        genders[r["gender"]] += 1

    # emergency
    kinds = collections.Counter()
    fam_pos = collections.Counter()
    fam_neg = collections.Counter()
    for r in e:
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']} emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']} bad family {r['family']}")
        if r["emergency"]:
            if r["kind"] != "now":
                err(f"{r['id']} emergency true but kind {r['kind']}")
            fam_pos[r["family"]] += 1
        else:
            if r["kind"] not in KINDS_NEG:
                err(f"{r['id']} bad non-emergency kind {r['kind']}")
            fam_neg[r["family"]] += 1
        kinds[r["kind"]] += 1

    print(f"privacy.jsonl: {len(p)} items ({with_id} with identifiers, {without_id} without)")
    table("privacy: items containing each identifier type", type_items, sorted(ID_TYPES))
    table("privacy: identifier spans per type", type_spans, sorted(ID_TYPES))
    print(f"\ntriage.jsonl: {len(t)} items")
    table("triage: department", dept, sorted(DEPTS))
    table("triage: age_range", ages, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59",
                                      "60~69", "70~79", "80+"])
    table("triage: gender", genders, sorted(GENDERS))
    n_pos = sum(1 for r in e if r["emergency"])
    print(f"\nemergency.jsonl: {len(e)} items ({n_pos} emergency, {len(e) - n_pos} non-emergency)")
    table("emergency: kind", kinds, ["now"] + sorted(KINDS_NEG))
    table("emergency: family (emergency=true)", fam_pos, sorted(FAMILIES))
    table("emergency: family (emergency=false)", fam_neg, sorted(FAMILIES))

    print()
    if errors:
        print(f"VALIDATION FAILED: {len(errors)} error(s)")
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
