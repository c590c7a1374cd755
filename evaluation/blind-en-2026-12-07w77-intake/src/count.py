"""Check and count the writer-77 blind test set. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology",
               "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
               "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
NON_KINDS = {"past_event", "examined_or_treated", "relative_history",
             "hypothetical_or_general", "negated", "figure_of_speech",
             "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other",
            "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s line %d: bad JSON (%s)" % (name, n, e))
    except OSError as e:
        err("cannot read %s: %s" % (path, e))
    return rows


def check_common(task, rows, letter, fields, all_ids):
    texts = set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith("bn-" + letter):
            err("%s: bad id %r" % (task, rid))
        if rid in all_ids:
            err("%s: duplicate id %r" % (task, rid))
        all_ids.add(rid)
        keys = set(r)
        if keys != fields | {"id"}:
            err("%s %s: fields %s, expected %s" % (task, rid, sorted(keys), sorted(fields | {"id"})))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        if t in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(t)
    return texts


def show(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print("    %-28s %d" % (k, v))


def main():
    all_ids = set()
    all_texts = {}

    # privacy
    prv = load("privacy")
    all_texts["privacy"] = check_common("privacy", prv, "p", {"text", "identifiers", "quasi"}, all_ids)
    types = Counter()
    with_ids = trap = with_quasi = 0
    for r in prv:
        rid, t = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            ids = []
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, d["type"]))
            if not d["text"] or d["text"] not in t:
                err("privacy %s: identifier %r not in text" % (rid, d["text"]))
            if d["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (rid, d["text"]))
            seen.add(d["text"])
            types[d["type"]] += 1
        q = r.get("quasi")
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % rid)
            q = []
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi %r not in text" % (rid, s))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1

    # triage
    tri = load("triage")
    all_texts["triage"] = check_common("triage", tri, "t", {"text", "department", "age_range", "gender"}, all_ids)
    depts, ages, genders = Counter(), Counter(), Counter()
    for r in tri:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        depts[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        genders[r.get("gender")] += 1

    # emergency
    emg = load("emergency")
    all_texts["emergency"] = check_common("emergency", emg, "e", {"text", "emergency", "kind", "family"}, all_ids)
    kinds, fam_now, fam_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in emg:
        rid = r.get("id")
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % rid)
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if e is True:
            n_now += 1
            if k != "now":
                err("emergency %s: emergency=true needs kind now, got %r" % (rid, k))
            fam_now[fam] += 1
        elif e is False:
            n_non += 1
            if k not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, k))
            fam_non[fam] += 1
        kinds[k] += 1

    # duplicate texts across tasks are allowed only if absent; flag them
    p, t_, e_ = all_texts["privacy"], all_texts["triage"], all_texts["emergency"]
    for a, b, name in ((p, t_, "privacy/triage"), (p, e_, "privacy/emergency"), (t_, e_, "triage/emergency")):
        for x in a & b:
            err("duplicate text across %s: %r" % (name, x[:60]))

    print("privacy: %d rows" % len(prv))
    show("identifier types", types)
    print("triage: %d rows" % len(tri))
    show("departments", depts)
    show("age_range", ages)
    show("gender", genders)
    print("emergency: %d rows" % len(emg))
    show("kinds", kinds)
    show("families (now)", fam_now)
    show("families (non-emergency)", fam_non)

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for m in errors:
            print("  " + m)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(prv), with_ids, trap, with_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
