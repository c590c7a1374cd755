"""Check and count the writer-75 blind test set (standard library only)."""
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
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (task, n, e))
    return rows


def common_checks(task, rows, fields, letter, all_ids):
    texts = set()
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != set(["id"] + fields):
            err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
        if not isinstance(rid, str) or not rid.startswith("bl-" + letter):
            err("%s: bad id %r" % (task, rid))
        if rid in all_ids:
            err("duplicate id %s" % rid)
        all_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        key = " ".join(t.split()).lower()
        if key in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(key)


def main():
    all_ids = set()
    # privacy
    pr = load("privacy")
    common_checks("privacy", pr, ["text", "identifiers", "quasi"], "p", all_ids)
    types = collections.Counter()
    with_ids = trap = with_q = 0
    for r in pr:
        t = r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(q, list):
            err("privacy %s: identifiers/quasi not lists" % r.get("id"))
            continue
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad type %s" % (r.get("id"), d["type"]))
            if not d["text"] or d["text"] not in t:
                err("privacy %s: identifier not in text: %r" % (r.get("id"), d["text"]))
            if (d["type"], d["text"]) in seen:
                err("privacy %s: identifier listed twice: %r" % (r.get("id"), d["text"]))
            seen.add((d["type"], d["text"]))
            types[d["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi not in text: %r" % (r.get("id"), s))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_q += 1
    # triage
    tr = load("triage")
    common_checks("triage", tr, ["text", "department", "age_range", "gender"], "t", all_ids)
    depts, ages, gens = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tr:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
        depts[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    # emergency
    em = load("emergency")
    common_checks("emergency", em, ["text", "emergency", "kind", "family"], "e", all_ids)
    kinds, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
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
            fam_now[fam] += 1
        else:
            if k not in KINDS_NON:
                err("emergency %s: bad non-emergency kind %r" % (r.get("id"), k))
            n_non += 1
            fam_non[fam] += 1
        kinds[k] += 1

    def show(title, c):
        print(title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %d" % (k, v))

    show("privacy identifier types:", types)
    show("triage departments:", depts)
    show("triage age ranges:", ages)
    show("triage genders:", gens)
    show("emergency kinds:", kinds)
    show("emergency families (now):", fam_now)
    show("emergency families (non-emergency):", fam_non)
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(pr), with_ids, trap, with_q, len(tr), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
