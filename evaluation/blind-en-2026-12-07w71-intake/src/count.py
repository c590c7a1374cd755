"""Check and count the writer-71 test set (standard library only). Exits non-zero on any error."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
               "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
               "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
               "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
NON_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
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


def load(name, prefix_code):
    path = os.path.join(OUT, f"{name}.jsonl")
    rows = []
    if not os.path.exists(path):
        err(f"missing {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON ({e})")
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(f"bh-{prefix_code}"):
            err(f"{name}: bad id {rid!r}")
        if rid in ids:
            err(f"{name}: duplicate id {rid}")
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{rid}: empty or missing text")
            continue
        if t in texts:
            err(f"{rid}: duplicate text")
        texts.add(t)
    return rows


def check_fields(r, expected):
    keys = set(r) - {"id"}
    if keys != expected:
        err(f"{r.get('id')}: fields {sorted(keys)} != {sorted(expected)}")


def main():
    # privacy
    priv = load("privacy", "p")
    types = Counter()
    with_ids = trap = with_q = 0
    for r in priv:
        check_fields(r, {"text", "identifiers", "quasi"})
        text = r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err(f"{r.get('id')}: identifiers/quasi must be lists")
            continue
        seen = set()
        for i in idents:
            if not isinstance(i, dict) or set(i) != {"type", "text"}:
                err(f"{r['id']}: bad identifier {i!r}")
                continue
            if i["type"] not in ID_TYPES:
                err(f"{r['id']}: unknown identifier type {i['type']!r}")
            if not i["text"] or i["text"] not in text:
                err(f"{r['id']}: identifier text not in item: {i['text']!r}")
            if i["text"] in seen:
                err(f"{r['id']}: identifier listed twice: {i['text']!r}")
            seen.add(i["text"])
            types[i["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err(f"{r['id']}: quasi text not in item: {q!r}")
        if idents:
            with_ids += 1
        else:
            trap += 1
        if quasi:
            with_q += 1

    # triage
    tri = load("triage", "t")
    depts, ages, genders = Counter(), Counter(), Counter()
    for r in tri:
        check_fields(r, {"text", "department", "age_range", "gender"})
        if r.get("department") not in DEPARTMENTS:
            err(f"{r.get('id')}: bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"{r.get('id')}: bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"{r.get('id')}: bad gender {r.get('gender')!r}")
        depts[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        genders[r.get("gender")] += 1

    # emergency
    emg = load("emergency", "e")
    kinds, fam_now, fam_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in emg:
        check_fields(r, {"text", "emergency", "kind", "family"})
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err(f"{r.get('id')}: emergency must be bool")
        if fam not in FAMILIES:
            err(f"{r.get('id')}: bad family {fam!r}")
        if e is True:
            if k != "now":
                err(f"{r.get('id')}: emergency true needs kind 'now', got {k!r}")
            n_now += 1
            fam_now[fam] += 1
        elif e is False:
            if k not in NON_KINDS:
                err(f"{r.get('id')}: bad non-emergency kind {k!r}")
            n_non += 1
            fam_non[fam] += 1
        kinds[k] += 1

    def show(title, c):
        print(f"{title}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k}: {v}")

    show("privacy identifier types", types)
    show("triage departments", depts)
    show("triage age_range", ages)
    show("triage gender", genders)
    show("emergency kinds", kinds)
    show("emergency families (now)", fam_now)
    show("emergency families (non)", fam_non)

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
    print(f"SUMMARY: privacy {len(priv)} ({with_ids} with identifiers, {trap} trap-only, {with_q} with quasi); "
          f"triage {len(tri)}; emergency {len(emg)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
