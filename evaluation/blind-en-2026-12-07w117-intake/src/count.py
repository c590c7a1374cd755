"""Check and count the writer-117 test set. Standard library only."""
import collections
import json
import os
import re
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
    print("ERROR:", msg)


def load(name, prefix_letter):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    if not os.path.exists(path):
        err("missing " + path)
        return rows
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json %s" % (name, ln, e))
    seen_text, seen_id = set(), set()
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "dc-%s%03d" % (prefix_letter, n):
            err("%s row %d: unexpected id %r" % (name, n, rid))
        if rid in seen_id:
            err("duplicate id %r" % rid)
        seen_id.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s: empty text" % rid)
            continue
        if t in seen_text:
            err("%s: duplicate text" % rid)
        seen_text.add(t)
    return rows


def check_fields(r, keys):
    if set(r) != set(keys):
        err("%s: fields %s != %s" % (r.get("id"), sorted(r), sorted(keys)))


def main():
    # privacy
    P = load("privacy", "p")
    types = collections.Counter()
    with_ids = trap = with_q = 0
    for r in P:
        check_fields(r, ["id", "text", "identifiers", "quasi"])
        ids = r.get("identifiers", [])
        if not isinstance(ids, list):
            err("%s: identifiers not a list" % r["id"]); continue
        seen = set()
        for d in ids:
            if set(d) != {"type", "text"}:
                err("%s: identifier fields %s" % (r["id"], sorted(d)))
                continue
            if d["type"] not in ID_TYPES:
                err("%s: bad type %r" % (r["id"], d["type"]))
            if not d["text"] or d["text"] not in r["text"]:
                err("%s: identifier text not in text: %r" % (r["id"], d["text"]))
            if (d["type"], d["text"]) in seen:
                err("%s: identifier listed twice %r" % (r["id"], d["text"]))
            seen.add((d["type"], d["text"]))
            types[d["type"]] += 1
        q = r.get("quasi", [])
        if not isinstance(q, list) or not all(isinstance(x, str) for x in q):
            err("%s: quasi must be a list of strings" % r["id"])
            q = []
        for x in q:
            if not x or x not in r["text"]:
                err("%s: quasi not in text: %r" % (r["id"], x))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_q += 1
    print("== privacy: %d rows, %d with identifiers, %d trap-only, %d with quasi" % (len(P), with_ids, trap, with_q))
    for k in sorted(ID_TYPES):
        print("  %-14s %d" % (k, types[k]))
    if len(P) < 260: err("privacy: fewer than 260 rows")
    if with_ids < 150: err("privacy: fewer than 150 rows with identifiers")
    if trap < 100: err("privacy: fewer than 100 trap-only rows")
    if with_q < 15: err("privacy: fewer than 15 rows with quasi")
    for k in ID_TYPES:
        if k != "name" and types[k] < 5:
            err("privacy: type %s fewer than 5" % k)
        if k != "name" and types[k] >= types["name"]:
            err("privacy: name is not the most frequent type")

    # triage
    T = load("triage", "t")
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in T:
        check_fields(r, ["id", "text", "department", "age_range", "gender"])
        if r.get("department") not in DEPTS: err("%s: bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES: err("%s: bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS: err("%s: bad gender %r" % (r["id"], r.get("gender")))
        dep[r.get("department")] += 1; age[r.get("age_range")] += 1; gen[r.get("gender")] += 1
    print("== triage: %d rows" % len(T))
    for k in sorted(DEPTS):
        print("  %-22s %d" % (k, dep[k]))
        if dep[k] != 4: err("triage: department %s has %d rows, not 4" % (k, dep[k]))
    print("  ages:", dict(sorted(age.items())))
    print("  genders:", dict(sorted(gen.items())))
    if len(T) != 88: err("triage: not exactly 88 rows")

    # emergency
    E = load("emergency", "e")
    kind, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    now = non = 0
    for r in E:
        check_fields(r, ["id", "text", "emergency", "kind", "family"])
        if r.get("family") not in FAMILIES: err("%s: bad family %r" % (r["id"], r.get("family")))
        if r.get("emergency") is True:
            now += 1
            if r.get("kind") != "now": err("%s: emergency true but kind %r" % (r["id"], r.get("kind")))
            fam_now[r.get("family")] += 1
        elif r.get("emergency") is False:
            non += 1
            if r.get("kind") not in NON_KINDS: err("%s: bad non-emergency kind %r" % (r["id"], r.get("kind")))
            fam_non[r.get("family")] += 1
        else:
            err("%s: emergency must be true/false" % r["id"])
        kind[r.get("kind")] += 1
    print("== emergency: %d rows, %d now, %d non" % (len(E), now, non))
    print("  kinds:", dict(sorted(kind.items())))
    print("  families (now / non):")
    for k in sorted(FAMILIES):
        print("    %-28s %3d / %3d" % (k, fam_now[k], fam_non[k]))
        if fam_now[k] < 4: err("emergency: family %s has fewer than 4 now-items" % k)
    if now < 120: err("emergency: fewer than 120 now-items")
    if non < 200: err("emergency: fewer than 200 non-emergencies")
    for k in NON_KINDS:
        if kind[k] < 15: err("emergency: kind %s fewer than 15" % k)

    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(P), with_ids, trap, with_q, len(T), len(E), now, non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
