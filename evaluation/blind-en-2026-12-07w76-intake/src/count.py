"""Check and count the built test set. Standard library only. Exits non-zero on any error."""
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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(task, letter):
    path = os.path.join(OUT, f"{task}.jsonl")
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{task} line {n}: bad JSON {e}")
    except OSError as e:
        err(f"cannot read {path}: {e}")
    ids = set()
    texts = set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(f"bm-{letter}"):
            err(f"{task}: bad id {rid!r}")
        if rid in ids:
            err(f"{task}: duplicate id {rid}")
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{rid}: empty text")
            continue
        key = " ".join(t.split()).lower()
        if key in texts:
            err(f"{rid}: duplicate text")
        texts.add(key)
    return rows


def check_privacy(rows):
    c_type = collections.Counter()
    with_ids = trap = with_q = 0
    for r in rows:
        rid, t = r["id"], r.get("text", "")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"{rid}: fields {sorted(r)}")
        ids = r.get("identifiers", [])
        q = r.get("quasi", [])
        if not isinstance(ids, list) or not isinstance(q, list):
            err(f"{rid}: identifiers/quasi not lists")
            continue
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err(f"{rid}: bad identifier {d!r}")
                continue
            if d["type"] not in ID_TYPES:
                err(f"{rid}: bad identifier type {d['type']}")
            if not d["text"] or d["text"] not in t:
                err(f"{rid}: identifier not in text: {d['text']!r}")
            if (d["type"], d["text"]) in seen:
                err(f"{rid}: identifier listed twice: {d['text']!r}")
            seen.add((d["type"], d["text"]))
            c_type[d["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err(f"{rid}: quasi not in text: {s!r}")
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_q += 1
    print("privacy identifier types:")
    for k in sorted(ID_TYPES):
        print(f"  {k}: {c_type[k]}")
    print(f"privacy rows: {len(rows)}; with identifiers {with_ids}; trap-only {trap}; with quasi {with_q}")
    return with_ids, trap, with_q


def check_triage(rows):
    cd, ca, cg = collections.Counter(), collections.Counter(), collections.Counter()
    for r in rows:
        rid = r["id"]
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"{rid}: fields {sorted(r)}")
        if r.get("department") not in DEPTS:
            err(f"{rid}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            err(f"{rid}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            err(f"{rid}: bad gender {r.get('gender')}")
        cd[r.get("department")] += 1
        ca[r.get("age_range")] += 1
        cg[r.get("gender")] += 1
    print("triage departments:")
    for k in sorted(DEPTS):
        print(f"  {k}: {cd[k]}")
    print("triage age_range:", dict(sorted(ca.items())))
    print("triage gender:", dict(sorted(cg.items())))


def check_emergency(rows):
    ck, cf_now, cf_non = collections.Counter(), collections.Counter(), collections.Counter()
    now = non = 0
    for r in rows:
        rid = r["id"]
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"{rid}: fields {sorted(r)}")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err(f"{rid}: emergency not bool")
        if fam not in FAMILIES:
            err(f"{rid}: bad family {fam}")
        if em is True:
            if kind != "now":
                err(f"{rid}: emergency with kind {kind}")
            now += 1
            cf_now[fam] += 1
        else:
            if kind not in NON_KINDS:
                err(f"{rid}: non-emergency with kind {kind}")
            non += 1
            cf_non[fam] += 1
        ck[kind] += 1
    print("emergency kinds:", dict(sorted(ck.items())))
    print("emergency families (now / non):")
    for k in sorted(FAMILIES):
        print(f"  {k}: {cf_now[k]} / {cf_non[k]}")
    return now, non


def main():
    p = load("privacy", "p")
    t = load("triage", "t")
    e = load("emergency", "e")
    w, tr, q = check_privacy(p)
    check_triage(t)
    now, non = check_emergency(e)
    if errors:
        for m in errors:
            print("ERROR:", m)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"SUMMARY: privacy {len(p)} ({w} with identifiers, {tr} trap-only, {q} with quasi); "
          f"triage {len(t)}; emergency {len(e)} ({now} now, {non} non)")


if __name__ == "__main__":
    main()
