"""Check and count the writer-60 blind test set (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_common(rows, name, fields, idpat):
    ids = collections.Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err("%s: duplicate id %s" % (name, i))
    texts = collections.Counter((r.get("text") or "").strip().lower() for r in rows)
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text %r" % (name, t[:60]))
    for r in rows:
        if set(r) != set(fields):
            err("%s %s: fields %s" % (name, r.get("id"), sorted(r)))
        if not str(r.get("id", "")).startswith(idpat):
            err("%s: bad id %s" % (name, r.get("id")))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (name, r.get("id")))


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    # privacy
    P = read("privacy.jsonl")
    check_common(P, "privacy", {"id", "text", "identifiers", "quasi"}, "aw-p")
    types = collections.Counter()
    with_ids = 0
    with_quasi = 0
    for r in P:
        ids = r.get("identifiers")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % r.get("id"))
            continue
        if ids:
            with_ids += 1
        seen = set()
        for d in ids:
            if set(d) != {"type", "text"}:
                err("privacy %s: identifier fields %s" % (r["id"], sorted(d)))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %s" % (r["id"], d["type"]))
            if not d["text"] or d["text"] not in r["text"]:
                err("privacy %s: identifier %r not in text" % (r["id"], d["text"]))
            if (d["type"], d["text"]) in seen:
                err("privacy %s: identifier listed twice %r" % (r["id"], d["text"]))
            seen.add((d["type"], d["text"]))
            types[d["type"]] += 1
        q = r.get("quasi")
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % r.get("id"))
            continue
        if q:
            with_quasi += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in r["text"]:
                err("privacy %s: quasi %r not in text" % (r["id"], s))
    trap = len(P) - with_ids
    print("PRIVACY: %d items, %d with identifiers, %d trap-only, %d with quasi" % (len(P), with_ids, trap, with_quasi))
    table("identifier spans by type", types, sorted(ID_TYPES))

    # triage
    T = read("triage.jsonl")
    check_common(T, "triage", {"id", "text", "department", "age_range", "gender"}, "aw-t")
    dep = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in T:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %s" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %s" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %s" % (r.get("id"), r.get("gender")))
        dep[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    for d in DEPTS:
        if dep.get(d, 0) != 4:
            err("triage: department %s has %d items (want 4)" % (d, dep.get(d, 0)))
    print("TRIAGE: %d items" % len(T))
    table("by department", dep, DEPTS)
    table("by age_range", ages, AGES)
    table("by gender", gens, GENDERS)

    # emergency
    E = read("emergency.jsonl")
    check_common(E, "emergency", {"id", "text", "emergency", "kind", "family"}, "aw-e")
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    for r in E:
        k, f, em = r.get("kind"), r.get("family"), r.get("emergency")
        if not isinstance(em, bool):
            err("emergency %s: emergency not bool" % r.get("id"))
        if f not in FAMILIES:
            err("emergency %s: bad family %s" % (r.get("id"), f))
        if k == "now":
            if em is not True:
                err("emergency %s: kind now but emergency false" % r.get("id"))
            fam_now[f] += 1
        elif k in NON_KINDS:
            if em is not False:
                err("emergency %s: kind %s but emergency true" % (r.get("id"), k))
            fam_non[f] += 1
        else:
            err("emergency %s: bad kind %s" % (r.get("id"), k))
        kinds[k] += 1
    now = kinds.get("now", 0)
    non = len(E) - now
    for k in NON_KINDS:
        if kinds.get(k, 0) == 0:
            err("emergency: no items of kind %s" % k)
    print("EMERGENCY: %d items, %d now, %d non-emergency" % (len(E), now, non))
    table("by kind", kinds, ["now"] + NON_KINDS)
    table("now by family", fam_now, FAMILIES)
    table("non-emergency by family", fam_non, FAMILIES)

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    else:
        print("CHECKS: all passed")
    print("SUMMARY privacy=%d with_identifiers=%d trap_only=%d triage=%d emergency_now=%d non_emergency=%d errors=%d"
          % (len(P), with_ids, trap, len(T), now, non, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
