"""Check and count the built test set (standard library only).

Exits non-zero on any error.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bi"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = {
    "cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
    "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
    "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
    "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition",
}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
NON_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
KINDS = NON_KINDS | {"now"}
FAMILIES = {
    "heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
    "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
    "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
    "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
    "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina",
}
FIELDS = {
    "privacy": {"id", "text", "identifiers", "quasi"},
    "triage": {"id", "text", "department", "age_range", "gender"},
    "emergency": {"id", "text", "emergency", "kind", "family"},
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}

errors = []


def err(msg):
    errors.append(msg)


def load(task):
    path = os.path.join(OUT, f"{task}.jsonl")
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{task}.jsonl line {ln}: bad JSON ({e})")
    except OSError as e:
        err(f"cannot read {path}: {e}")
    return rows


def common_checks(task, rows, seen_ids):
    texts = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != FIELDS[task]:
            err(f"{rid}: fields {sorted(r.keys())} != {sorted(FIELDS[task])}")
        if not isinstance(rid, str) or not rid.startswith(f"{PREFIX}-{LETTER[task]}"):
            err(f"{rid}: bad id")
        if rid in seen_ids:
            err(f"{rid}: duplicate id")
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{rid}: empty text")
        else:
            texts[t.strip()] += 1
    for t, c in texts.items():
        if c > 1:
            err(f"{task}: duplicate text x{c}: {t[:60]!r}")


def main():
    seen_ids = set()
    priv = load("privacy")
    tri = load("triage")
    emg = load("emergency")
    common_checks("privacy", priv, seen_ids)
    common_checks("triage", tri, seen_ids)
    common_checks("emergency", emg, seen_ids)

    # privacy
    types = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list):
            err(f"{rid}: identifiers not a list")
            ids = []
        if not isinstance(quasi, list):
            err(f"{rid}: quasi not a list")
            quasi = []
        seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err(f"{rid}: bad identifier {ident!r}")
                continue
            if ident["type"] not in ID_TYPES:
                err(f"{rid}: unknown identifier type {ident['type']!r}")
            if not ident["text"] or ident["text"] not in text:
                err(f"{rid}: identifier text not in text: {ident['text']!r}")
            key = (ident["type"], ident["text"])
            if key in seen:
                err(f"{rid}: identifier listed twice: {ident['text']!r}")
            seen.add(key)
            types[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err(f"{rid}: quasi not in text: {q!r}")
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1

    # triage
    depts = collections.Counter()
    ages = collections.Counter()
    genders = collections.Counter()
    for r in tri:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err(f"{rid}: bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"{rid}: bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"{rid}: bad gender {r.get('gender')!r}")
        depts[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        genders[r.get("gender")] += 1

    # emergency
    kinds = collections.Counter()
    fams_now = collections.Counter()
    fams_non = collections.Counter()
    n_now = n_non = 0
    for r in emg:
        rid = r.get("id")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err(f"{rid}: emergency not bool")
        if kind not in KINDS:
            err(f"{rid}: bad kind {kind!r}")
        if fam not in FAMILIES:
            err(f"{rid}: bad family {fam!r}")
        if em is True and kind != "now":
            err(f"{rid}: emergency true but kind {kind!r}")
        if em is False and kind == "now":
            err(f"{rid}: emergency false but kind now")
        kinds[kind] += 1
        if em is True:
            n_now += 1
            fams_now[fam] += 1
        else:
            n_non += 1
            fams_non[fam] += 1

    def show(title, counter, universe=None):
        print(f"== {title}")
        keys = sorted(universe) if universe else sorted(counter)
        for k in keys:
            print(f"  {k}: {counter.get(k, 0)}")

    show("privacy identifier types", types, ID_TYPES)
    show("triage departments", depts, DEPARTMENTS)
    show("triage age_range", ages, AGES)
    show("triage gender", genders, GENDERS)
    show("emergency kinds", kinds, KINDS)
    show("emergency families (now)", fams_now, FAMILIES)
    show("emergency families (non-emergency)", fams_non, FAMILIES)

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  ERROR", e)
    print(f"SUMMARY: privacy {len(priv)} ({with_ids} with identifiers, {trap_only} trap-only, {with_quasi} with quasi); "
          f"triage {len(tri)}; emergency {len(emg)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
