"""Check the writer-80 test set and print counts. Standard library only. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bq"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def show(title, counter):
    print(title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-28s %d" % (k, v))


def main():
    data = {t: load(t) for t in ("privacy", "triage", "emergency")}
    seen_text = {}
    seen_ids = set()
    for task, rows in data.items():
        id_re = re.compile(r"^%s-%s\d{3}$" % (PREFIX, LETTER[task]))
        for r in rows:
            rid = r.get("id", "?")
            if set(r.keys()) != FIELDS[task]:
                err("%s: fields %s" % (rid, sorted(r.keys())))
            if not isinstance(rid, str) or not id_re.match(rid):
                err("%s: bad id" % rid)
            if rid in seen_ids:
                err("%s: duplicate id" % rid)
            seen_ids.add(rid)
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                err("%s: empty or non-string text" % rid)
                continue
            key = " ".join(text.lower().split())
            if key in seen_text:
                err("%s: duplicate text (also %s)" % (rid, seen_text[key]))
            else:
                seen_text[key] = rid

    # privacy
    p = data["privacy"]
    by_type = collections.Counter()
    n_ids = n_trap = n_quasi = 0
    for r in p:
        rid = r.get("id")
        text = r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err("%s: identifiers/quasi must be lists" % rid)
            continue
        seen = set()
        for ident in idents:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("%s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("%s: bad identifier type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"] or ident["text"] not in text:
                err("%s: identifier text %r not in text" % (rid, ident["text"]))
            if ident["text"] in seen:
                err("%s: identifier %r listed twice" % (rid, ident["text"]))
            seen.add(ident["text"])
            by_type[ident["type"]] += 1
        qseen = set()
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("%s: quasi %r not in text" % (rid, q))
            if q in qseen:
                err("%s: quasi %r listed twice" % (rid, q))
            qseen.add(q)
        if idents:
            n_ids += 1
        else:
            n_trap += 1
        if quasi:
            n_quasi += 1
    show("privacy identifiers by type:", by_type)

    # triage
    t = data["triage"]
    deps, ages, gens = collections.Counter(), collections.Counter(), collections.Counter()
    for r in t:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("%s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s: bad gender %r" % (rid, r.get("gender")))
        deps[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    show("triage by department:", deps)
    show("triage by age range:", ages)
    show("triage by gender:", gens)
    if len(t) != 88:
        err("triage: %d items, expected 88" % len(t))
    for d in DEPARTMENTS:
        if deps[d] != 4:
            err("triage: department %s has %d items, expected 4" % (d, deps[d]))

    # emergency
    e = data["emergency"]
    kinds, fams_now, fams_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in e:
        rid = r.get("id")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err("%s: emergency must be bool" % rid)
        if kind != "now" and kind not in NON_KINDS:
            err("%s: bad kind %r" % (rid, kind))
        if (em is True) != (kind == "now"):
            err("%s: emergency=%r but kind=%r" % (rid, em, kind))
        if fam not in FAMILIES:
            err("%s: bad family %r" % (rid, fam))
        kinds[kind] += 1
        if kind == "now":
            n_now += 1
            fams_now[fam] += 1
        else:
            n_non += 1
            fams_non[fam] += 1
    show("emergency by kind:", kinds)
    show("emergency (now) by family:", fams_now)
    show("emergency (non) by family:", fams_non)

    # floors from the brief (reported as errors if not met)
    if len(p) < 260 or n_ids < 150 or n_trap < 100 or n_quasi < 15:
        err("privacy below floors")
    if n_now < 120 or n_non < 200:
        err("emergency below floors")
    missing = FAMILIES - set(fams_now)
    if missing:
        err("emergency now missing families: %s" % sorted(missing))
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency kind %s has %d (<15)" % (k, kinds[k]))

    if errors:
        print("ERRORS (%d):" % len(errors))
        for m in errors:
            print("  " + m)
    else:
        print("errors: none")
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(p), n_ids, n_trap, n_quasi, len(t), len(e), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
