"""Check and count the built JSONL files. Standard library only. Exits non-zero on any error."""
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
NON_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []
all_ids = set()


def err(msg):
    errors.append(msg)


def load(name, letter):
    path = os.path.join(OUT, f"{name}.jsonl")
    rows = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        err(f"{name}: cannot open {path}: {e}")
        return rows
    with fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    texts = set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(f"bf-{letter}"):
            err(f"{name}: bad id {rid!r}")
        if rid in all_ids:
            err(f"{name}: duplicate id {rid}")
        all_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{rid}: empty text")
            continue
        key = " ".join(t.lower().split())
        if key in texts:
            err(f"{rid}: duplicate text")
        texts.add(key)
    return rows


def show(title, counter):
    print(f"{title}:")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {k}: {v}")


def main():
    # privacy
    prows = load("privacy", "p")
    type_c = collections.Counter()
    with_ids = trap = with_q = 0
    for r in prows:
        rid = r.get("id")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"{rid}: privacy fields {sorted(r)}")
        t = r.get("text", "")
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
                err(f"{rid}: identifier text not in text: {i['text']!r}")
            if (i["type"], i["text"]) in seen:
                err(f"{rid}: repeated identifier {i['text']!r}")
            seen.add((i["type"], i["text"]))
            type_c[i["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err(f"{rid}: quasi not in text: {s!r}")
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_q += 1
    show("privacy identifier types", type_c)

    # triage
    trows = load("triage", "t")
    dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in trows:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"{rid}: triage fields {sorted(r)}")
        if r.get("department") not in DEPTS:
            err(f"{rid}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            err(f"{rid}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            err(f"{rid}: bad gender {r.get('gender')}")
        dep_c[r.get("department")] += 1
        age_c[r.get("age_range")] += 1
        gen_c[r.get("gender")] += 1
    show("triage departments", dep_c)
    show("triage ages", age_c)
    show("triage genders", gen_c)

    # emergency
    erows = load("emergency", "e")
    kind_c, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in erows:
        rid = r.get("id")
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"{rid}: emergency fields {sorted(r)}")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err(f"{rid}: emergency must be bool")
        if fam not in FAMILIES:
            err(f"{rid}: bad family {fam}")
        if em is True:
            n_now += 1
            fam_now[fam] += 1
            if kind != "now":
                err(f"{rid}: emergency true needs kind now, got {kind}")
        else:
            n_non += 1
            fam_non[fam] += 1
            if kind not in NON_KINDS:
                err(f"{rid}: bad non-emergency kind {kind}")
        kind_c[kind] += 1
    show("emergency kinds", kind_c)
    show("emergency families (now)", fam_now)
    show("emergency families (non)", fam_non)

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
    print(f"SUMMARY: privacy {len(prows)} ({with_ids} with identifiers, {trap} trap-only, {with_q} with quasi); "
          f"triage {len(trows)}; emergency {len(erows)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
