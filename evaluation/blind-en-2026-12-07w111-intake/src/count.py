"""Check and count the three jsonl files (standard library only). Exit non-zero on any error."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err("missing file " + name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json %s" % (name, n, e))
    return rows


def check_common(rows, name, prefix, keys):
    seen_ids, seen_texts = set(), set()
    for n, r in enumerate(rows, 1):
        if set(r) != set(keys):
            err("%s row %d: fields %s" % (name, n, sorted(r)))
        rid = r.get("id")
        if rid != "cw-%s%03d" % (prefix, n):
            err("%s row %d: id %r" % (name, n, rid))
        if rid in seen_ids:
            err("%s: duplicate id %r" % (name, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
            continue
        if t in seen_texts:
            err("%s %s: duplicate text" % (name, rid))
        seen_texts.add(t)


def main():
    # privacy
    pr = load("privacy.jsonl")
    check_common(pr, "privacy", "p", ["id", "text", "identifiers", "quasi"])
    type_counts = collections.Counter()
    items_per_type = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in pr:
        t = r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % r.get("id"))
            ids = []
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % r.get("id"))
            q = []
        seen = set()
        for i in ids:
            if not isinstance(i, dict) or set(i) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), i))
                continue
            if i["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r.get("id"), i["type"]))
            if not i["text"] or i["text"] not in t:
                err("privacy %s: identifier text not in text: %r" % (r.get("id"), i["text"]))
            if (i["type"], i["text"]) in seen:
                err("privacy %s: repeated identifier %r" % (r.get("id"), i["text"]))
            seen.add((i["type"], i["text"]))
            type_counts[i["type"]] += 1
        for ty in set(i["type"] for i in ids if isinstance(i, dict) and "type" in i):
            items_per_type[ty] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi not in text: %r" % (r.get("id"), s))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if q:
            with_quasi += 1
    print("== privacy: %d rows" % len(pr))
    for ty in ID_TYPES:
        print("  %-14s %4d identifiers in %4d items" % (ty, type_counts[ty], items_per_type[ty]))
    print("  with identifiers %d, trap-only %d, with quasi %d" % (with_ids, trap_only, with_quasi))

    # triage
    tr = load("triage.jsonl")
    check_common(tr, "triage", "t", ["id", "text", "department", "age_range", "gender"])
    dc, ac, gc = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tr:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
        dc[r.get("department")] += 1
        ac[r.get("age_range")] += 1
        gc[r.get("gender")] += 1
    print("== triage: %d rows" % len(tr))
    for d in DEPTS:
        print("  %-22s %d" % (d, dc[d]))
    print("  ages:", ", ".join("%s=%d" % (a, ac[a]) for a in AGES))
    print("  genders:", ", ".join("%s=%d" % (g, gc[g]) for g in GENDERS))

    # emergency
    em = load("emergency.jsonl")
    check_common(em, "emergency", "e", ["id", "text", "emergency", "kind", "family"])
    kc, fc_now, fc_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in em:
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % r.get("id"))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (r.get("id"), fam))
        if e is True:
            if k != "now":
                err("emergency %s: emergency true but kind %r" % (r.get("id"), k))
            n_now += 1
            fc_now[fam] += 1
        else:
            if k not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (r.get("id"), k))
            n_non += 1
            fc_non[fam] += 1
        kc[k] += 1
    print("== emergency: %d rows (%d now, %d non)" % (len(em), n_now, n_non))
    print("  kinds:", ", ".join("%s=%d" % (k, kc[k]) for k in ["now"] + NON_KINDS))
    for f in FAMILIES:
        print("  %-28s now %3d  non %3d" % (f, fc_now[f], fc_non[f]))

    for m in errors:
        print("ERROR:", m)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(pr), with_ids, trap_only, with_quasi, len(tr), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
