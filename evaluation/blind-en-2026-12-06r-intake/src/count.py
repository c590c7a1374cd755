"""Validate the three JSONL files and print count tables."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS = {"now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

FIELDS = {
    "privacy.jsonl": ["id", "text", "identifiers", "quasi"],
    "triage.jsonl": ["id", "text", "department", "age_range", "gender"],
    "emergency.jsonl": ["id", "text", "emergency", "kind", "family"],
}
PREFIX = {"privacy.jsonl": "q-p", "triage.jsonl": "q-t", "emergency.jsonl": "q-e"}

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
                err(f"{name}:{n}: bad JSON ({e})")
    ids = set()
    texts = set()
    for r in rows:
        if list(r.keys()) != FIELDS[name]:
            err(f"{name} {r.get('id')}: fields {list(r.keys())}")
        if r.get("id") in ids:
            err(f"{name}: duplicate id {r.get('id')}")
        ids.add(r.get("id"))
        if not str(r.get("id", "")).startswith(PREFIX[name]):
            err(f"{name}: bad id prefix {r.get('id')}")
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{name} {r.get('id')}: empty text")
        if t in texts:
            err(f"{name} {r.get('id')}: duplicate text")
        texts.add(t)
    return rows


def table(title, counter, order=None):
    print(f"  {title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"    {k:<28} {counter.get(k, 0)}")


def main():
    all_texts = collections.Counter()

    p = load("privacy.jsonl")
    types = collections.Counter()
    items_per_type = collections.Counter()
    with_ids = quasi_items = 0
    for r in p:
        all_texts[r["text"]] += 1
        seen = set()
        for ident in r["identifiers"]:
            if set(ident.keys()) != {"type", "text"} or list(ident.keys()) != ["type", "text"]:
                err(f"privacy {r['id']}: identifier fields {list(ident.keys())}")
            if ident["type"] not in ID_TYPES:
                err(f"privacy {r['id']}: bad type {ident['type']}")
            if ident["text"] not in r["text"]:
                err(f"privacy {r['id']}: not a substring: {ident['text']!r}")
            key = (ident["type"], ident["text"])
            if ident["text"] in {s for _, s in seen}:
                err(f"privacy {r['id']}: identifier listed twice: {ident['text']!r}")
            seen.add(key)
            types[ident["type"]] += 1
        for ty in {t for t, _ in seen}:
            items_per_type[ty] += 1
        if r["identifiers"]:
            with_ids += 1
        if not isinstance(r["quasi"], list):
            err(f"privacy {r['id']}: quasi not a list")
        for q in r["quasi"]:
            if q not in r["text"]:
                err(f"privacy {r['id']}: quasi not a substring: {q!r}")
        if len(set(r["quasi"])) != len(r["quasi"]):
            err(f"privacy {r['id']}: quasi listed twice")
        if r["quasi"]:
            quasi_items += 1
    print(f"privacy.jsonl: {len(p)} items")
    print(f"  with identifiers: {with_ids}   without identifiers (traps only): {len(p) - with_ids}   with quasi flags: {quasi_items}")
    order = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
    print(f"  {'type':<28} {'spans':>5} {'items':>6}")
    for k in order:
        print(f"    {k:<26} {types.get(k, 0):>5} {items_per_type.get(k, 0):>6}")
    print(f"    {'total':<26} {sum(types.values()):>5}")

    t = load("triage.jsonl")
    deps = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in t:
        all_texts[r["text"]] += 1
        if r["department"] not in DEPARTMENTS:
            err(f"triage {r['id']}: bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"triage {r['id']}: bad age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"triage {r['id']}: bad gender {r['gender']}")
        deps[r["department"]] += 1
        ages[r["age_range"]] += 1
        gens[r["gender"]] += 1
    print(f"\ntriage.jsonl: {len(t)} items")
    table("department", deps, sorted(DEPARTMENTS))
    table("age_range", ages, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("gender", gens, ["female", "male", "other", "undisclosed"])

    e = load("emergency.jsonl")
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_true = 0
    for r in e:
        all_texts[r["text"]] += 1
        if r["kind"] not in KINDS:
            err(f"emergency {r['id']}: bad kind {r['kind']}")
        if r["family"] not in FAMILIES:
            err(f"emergency {r['id']}: bad family {r['family']}")
        if not isinstance(r["emergency"], bool) or r["emergency"] != (r["kind"] == "now"):
            err(f"emergency {r['id']}: emergency/kind mismatch")
        kinds[r["kind"]] += 1
        if r["emergency"]:
            n_true += 1
            fam_now[r["family"]] += 1
        else:
            fam_non[r["family"]] += 1
    print(f"\nemergency.jsonl: {len(e)} items   emergency=true: {n_true}   emergency=false: {len(e) - n_true}")
    table("kind", kinds, ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
                          "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"])
    print(f"  {'family':<28} {'now':>5} {'non-now':>8}")
    for k in sorted(FAMILIES):
        print(f"    {k:<26} {fam_now.get(k, 0):>5} {fam_non.get(k, 0):>8}")

    dup = [x for x, c in all_texts.items() if c > 1]
    if dup:
        err(f"{len(dup)} texts appear in more than one file")

    print()
    if errors:
        print(f"VALIDATION FAILED: {len(errors)} error(s)")
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("VALIDATION OK: every line parses, exact fields, unique ids, labels in the defined sets, "
          "identifier/quasi strings are exact substrings, no identifier listed twice, no duplicate texts.")


if __name__ == "__main__":
    main()
