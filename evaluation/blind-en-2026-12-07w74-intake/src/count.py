"""Check and count the writer-74 blind test set. Standard library only. Exits non-zero on any error."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
               "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
               "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
               "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
KINDS = ["now"] + NON_KINDS
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive",
            "head_injury", "febrile_infant", "meningitis_signs", "severe_abdominal_pain",
            "pregnancy_bleeding_or_pain", "diabetic_emergency", "sepsis_signs", "severe_burn", "choking",
            "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other",
            "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err(f"missing {name}")
        return rows
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{ln}: bad JSON ({e})")
    return rows


def common(rows, name, prefix, fields):
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(prefix):
            err(f"{name}: bad id {rid!r}")
        if rid in ids:
            err(f"{name}: duplicate id {rid}")
        ids.add(rid)
        if set(r) != fields | {"id"}:
            err(f"{name} {rid}: fields {sorted(r)} != {sorted(fields | {'id'})}")
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{name} {rid}: empty text")
            continue
        if t in texts:
            err(f"{name} {rid}: duplicate text")
        texts.add(t)


def show(title, counter, order=None):
    print(f"\n{title}:")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:28s} {counter.get(k, 0)}")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")
    # every text unique across the whole set too
    alltexts = Counter(r.get("text") for r in priv + tri + emg)
    for t, c in alltexts.items():
        if c > 1:
            err(f"text used {c} times across tasks: {str(t)[:60]!r}")

    # privacy
    common(priv, "privacy", "bk-p", {"text", "identifiers", "quasi"})
    types = Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        t = r.get("text", "")
        idl = r.get("identifiers")
        ql = r.get("quasi")
        if not isinstance(idl, list) or not isinstance(ql, list):
            err(f"privacy {r.get('id')}: identifiers/quasi must be lists")
            continue
        seen = set()
        for d in idl:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err(f"privacy {r.get('id')}: bad identifier {d!r}")
                continue
            if d["type"] not in ID_TYPES:
                err(f"privacy {r.get('id')}: bad identifier type {d['type']!r}")
            if not d["text"] or d["text"] not in t:
                err(f"privacy {r.get('id')}: identifier {d['text']!r} not in text")
            key = (d["type"], d["text"])
            if key in seen:
                err(f"privacy {r.get('id')}: identifier listed twice {d['text']!r}")
            seen.add(key)
            types[d["type"]] += 1
        for q in ql:
            if not isinstance(q, str) or not q or q not in t:
                err(f"privacy {r.get('id')}: quasi {q!r} not in text")
        if len(ql) != len(set(ql)):
            err(f"privacy {r.get('id')}: quasi listed twice")
        if idl:
            with_ids += 1
        else:
            trap_only += 1
        if ql:
            with_quasi += 1

    # triage
    common(tri, "triage", "bk-t", {"text", "department", "age_range", "gender"})
    deps, ages, gens = Counter(), Counter(), Counter()
    for r in tri:
        if r.get("department") not in DEPARTMENTS:
            err(f"triage {r.get('id')}: bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"triage {r.get('id')}: bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"triage {r.get('id')}: bad gender {r.get('gender')!r}")
        deps[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1

    # emergency
    common(emg, "emergency", "bk-e", {"text", "emergency", "kind", "family"})
    kinds, fams_now, fams_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in emg:
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err(f"emergency {r.get('id')}: emergency must be bool")
        if k not in KINDS:
            err(f"emergency {r.get('id')}: bad kind {k!r}")
        if fam not in FAMILIES:
            err(f"emergency {r.get('id')}: bad family {fam!r}")
        if e is True and k != "now":
            err(f"emergency {r.get('id')}: emergency true but kind {k}")
        if e is False and k == "now":
            err(f"emergency {r.get('id')}: kind now but emergency false")
        kinds[k] += 1
        if e is True:
            n_now += 1
            fams_now[fam] += 1
        else:
            n_non += 1
            fams_non[fam] += 1

    # floors from the brief
    if len(priv) < 250: err(f"privacy floor: {len(priv)} < 250")
    if with_ids < 150: err(f"privacy floor: {with_ids} with identifiers < 150")
    if trap_only < 100: err(f"privacy floor: {trap_only} trap-only < 100")
    if with_quasi < 15: err(f"privacy floor: {with_quasi} with quasi < 15")
    for ty in ID_TYPES:
        if types[ty] < 4: err(f"privacy floor: type {ty} only {types[ty]}")
    if len(tri) != 88: err(f"triage: {len(tri)} rows, expected 88")
    for d in DEPARTMENTS:
        if deps[d] != 4: err(f"triage: {d} has {deps[d]}, expected 4")
    if n_now < 120: err(f"emergency floor: {n_now} now < 120")
    if n_non < 200: err(f"emergency floor: {n_non} non-emergencies < 200")
    for fam in FAMILIES:
        if fams_now[fam] < 3: err(f"emergency floor: family {fam} has {fams_now[fam]} now items")
    for k in NON_KINDS:
        if kinds[k] < 20: err(f"emergency floor: kind {k} has {kinds[k]}")

    show("privacy identifier types", types, sorted(ID_TYPES))
    show("triage departments", deps, DEPARTMENTS)
    show("triage age_range", ages, AGES)
    show("triage gender", gens, GENDERS)
    show("emergency kinds", kinds, KINDS)
    show("emergency families (now)", fams_now, FAMILIES)
    show("emergency families (non-emergency)", fams_non, FAMILIES)

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for m in errors:
            print("  ERROR:", m)
    print(f"\nSUMMARY: privacy {len(priv)} ({with_ids} with identifiers, {trap_only} trap-only, "
          f"{with_quasi} with quasi); triage {len(tri)}; emergency {len(emg)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
