"""Check and count the writer-58 test set (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"}

errors = []


def read(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: bad json {e}")
    return rows


def common(name, rows, fields, letter):
    ids, texts = set(), set()
    for r in rows:
        if set(r) != set(fields):
            errors.append(f"{name} {r.get('id')}: fields {sorted(r)} != {sorted(fields)}")
        rid = r.get("id", "")
        if not (rid.startswith(f"au-{letter}") and rid[len('au-') + 1:].isdigit()):
            errors.append(f"{name}: bad id {rid!r}")
        if rid in ids:
            errors.append(f"{name}: duplicate id {rid}")
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            errors.append(f"{name} {rid}: empty text")
        elif t in texts:
            errors.append(f"{name} {rid}: duplicate text")
        texts.add(t)
    return texts


def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {str(k):<28} {v}")


def main():
    priv = read("privacy.jsonl")
    tri = read("triage.jsonl")
    em = read("emergency.jsonl")
    all_texts = []

    all_texts += common("privacy", priv, ["id", "text", "identifiers", "quasi"], "p")
    with_ids = 0
    types = collections.Counter()
    for r in priv:
        idents = r.get("identifiers", [])
        if not isinstance(idents, list) or not isinstance(r.get("quasi"), list):
            errors.append(f"privacy {r['id']}: identifiers/quasi must be lists")
            continue
        if idents:
            with_ids += 1
        seen = set()
        for d in idents:
            if set(d) != {"type", "text"}:
                errors.append(f"privacy {r['id']}: identifier fields {sorted(d)}")
                continue
            if d["type"] not in ID_TYPES:
                errors.append(f"privacy {r['id']}: bad type {d['type']}")
            if not d["text"] or d["text"] not in r["text"]:
                errors.append(f"privacy {r['id']}: identifier {d['text']!r} not in text")
            if (d["type"], d["text"]) in seen:
                errors.append(f"privacy {r['id']}: repeated identifier {d['text']!r}")
            seen.add((d["type"], d["text"]))
            types[d["type"]] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or not q or q not in r["text"]:
                errors.append(f"privacy {r['id']}: quasi {q!r} not in text")
    table("privacy identifier types", types)
    print(f"  items with quasi flags: {sum(1 for r in priv if r.get('quasi'))}")

    all_texts += common("triage", tri, ["id", "text", "department", "age_range", "gender"], "t")
    depts = collections.Counter()
    for r in tri:
        if r.get("department") not in DEPTS:
            errors.append(f"triage {r['id']}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            errors.append(f"triage {r['id']}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            errors.append(f"triage {r['id']}: bad gender {r.get('gender')}")
        depts[r.get("department")] += 1
    for d in DEPTS:
        if depts[d] != 4:
            errors.append(f"triage: department {d} has {depts[d]} items, expected 4")
    table("triage departments", depts)
    table("triage gender", collections.Counter(r.get("gender") for r in tri))
    table("triage age_range", collections.Counter(r.get("age_range") for r in tri))

    all_texts += common("emergency", em, ["id", "text", "emergency", "kind", "family"], "e")
    for r in em:
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            errors.append(f"emergency {r['id']}: emergency not bool")
        if e is True and k != "now":
            errors.append(f"emergency {r['id']}: emergency true but kind {k}")
        if e is False and k not in KINDS_NON:
            errors.append(f"emergency {r['id']}: non-emergency with kind {k}")
        if fam not in FAMILIES:
            errors.append(f"emergency {r['id']}: bad family {fam}")
    now = [r for r in em if r.get("emergency") is True]
    non = [r for r in em if r.get("emergency") is False]
    table("emergency kinds", collections.Counter(r.get("kind") for r in em))
    table("emergency families (now)", collections.Counter(r.get("family") for r in now))
    table("emergency families (non-emergency)", collections.Counter(r.get("family") for r in non))
    fam_kind = collections.defaultdict(set)
    for r in non:
        fam_kind[r.get("kind")].add(r.get("family"))
    print("\nnon-emergency: distinct families per kind")
    for k in sorted(fam_kind):
        print(f"  {k:<28} {len(fam_kind[k])}")

    dup_across = [t for t, c in collections.Counter(all_texts).items() if c > 1]
    for t in dup_across:
        errors.append(f"text repeated across files: {t[:60]!r}")

    if errors:
        print("\nERRORS")
        for e in errors:
            print("  " + e)
    else:
        print("\nall checks passed")
    print(f"SUMMARY privacy={len(priv)} with_identifiers={with_ids} trap_only={len(priv) - with_ids} "
          f"triage={len(tri)} emergency_now={len(now)} non_emergency={len(non)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
