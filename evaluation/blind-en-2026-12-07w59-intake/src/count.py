"""Check and count the writer-59 blind test set (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "av"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
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
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    rows = []
    with open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_common(rows, name, letter, fields, all_ids, all_texts):
    for r in rows:
        if set(r) != set(fields):
            err("%s %s: fields %s" % (name, r.get("id"), sorted(r)))
        rid = r.get("id", "")
        if not (rid.startswith(PREFIX + "-" + letter) and rid[len(PREFIX) + 2:].isdigit()):
            err("%s: bad id %r" % (name, rid))
        if rid in all_ids:
            err("duplicate id %s" % rid)
        all_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
            continue
        key = " ".join(t.lower().split())
        if key in all_texts:
            err("%s %s: duplicate text (also %s)" % (name, rid, all_texts[key]))
        all_texts[key] = rid


def table(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))


def main():
    all_ids, all_texts = set(), {}

    priv = read("privacy")
    check_common(priv, "privacy", "p", ["id", "text", "identifiers", "quasi"], all_ids, all_texts)
    types = collections.Counter()
    with_ids = 0
    quasi_n = 0
    for r in priv:
        ids = r.get("identifiers", [])
        if not isinstance(ids, list) or not isinstance(r.get("quasi"), list):
            err("privacy %s: identifiers/quasi not lists" % r["id"])
            continue
        if ids:
            with_ids += 1
        seen = set()
        for it in ids:
            if set(it) != {"type", "text"}:
                err("privacy %s: identifier fields %s" % (r["id"], sorted(it)))
                continue
            if it["type"] not in ID_TYPES:
                err("privacy %s: bad type %s" % (r["id"], it["type"]))
            if it["text"] not in r["text"]:
                err("privacy %s: identifier not substring: %r" % (r["id"], it["text"]))
            if (it["type"], it["text"]) in seen:
                err("privacy %s: repeated identifier %r" % (r["id"], it["text"]))
            seen.add((it["type"], it["text"]))
            types[it["type"]] += 1
        for q in r["quasi"]:
            quasi_n += 1
            if q not in r["text"]:
                err("privacy %s: quasi not substring: %r" % (r["id"], q))
    trap = len(priv) - with_ids
    print("PRIVACY items %d, with identifiers %d, trap-only %d, quasi flags %d"
          % (len(priv), with_ids, trap, quasi_n))
    table("identifier types:", types, sorted(ID_TYPES))

    tri = read("triage")
    check_common(tri, "triage", "t", ["id", "text", "department", "age_range", "gender"],
                 all_ids, all_texts)
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r["id"], r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("TRIAGE items %d" % len(tri))
    table("departments:", dep, DEPTS)
    for d in DEPTS:
        if dep.get(d, 0) != 4:
            err("triage: department %s has %d items (want 4)" % (d, dep.get(d, 0)))
    table("age ranges:", age, AGES)
    table("genders:", gen, GENDERS)

    em = read("emergency")
    check_common(em, "emergency", "e", ["id", "text", "emergency", "kind", "family"],
                 all_ids, all_texts)
    kinds, fams_now, fams_non = collections.Counter(), collections.Counter(), collections.Counter()
    for r in em:
        k, fam, e = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (r["id"], k))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (r["id"], fam))
        if not isinstance(e, bool) or e != (k == "now"):
            err("emergency %s: emergency flag %r inconsistent with kind %r" % (r["id"], e, k))
        kinds[k] += 1
        (fams_now if k == "now" else fams_non)[fam] += 1
    now = kinds.get("now", 0)
    non = len(em) - now
    print("EMERGENCY items %d, now %d, non-emergency %d" % (len(em), now, non))
    table("kinds:", kinds, KINDS)
    print("families (now / non):")
    for f in FAMILIES:
        print("  %-28s %4d %4d" % (f, fams_now.get(f, 0), fams_non.get(f, 0)))
    if now < 115:
        err("emergency: only %d now items (want >= 115)" % now)
    if non < 200:
        err("emergency: only %d non-emergency items (want >= 200)" % non)
    for k in NON_KINDS:
        if kinds.get(k, 0) == 0:
            err("emergency: no items of kind %s" % k)

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    else:
        print("all checks passed")
    print("SUMMARY privacy %d (with identifiers %d, trap-only %d); triage %d; "
          "emergency now %d, non-emergency %d"
          % (len(priv), with_ids, trap, len(tri), now, non))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
