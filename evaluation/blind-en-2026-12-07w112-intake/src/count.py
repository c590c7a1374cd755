"""Check and count the writer-112 test set. Standard library only. Exit 1 on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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
FIELDS = {
    "privacy": ["id", "text", "identifiers", "quasi"],
    "triage": ["id", "text", "department", "age_range", "gender"],
    "emergency": ["id", "text", "emergency", "kind", "family"],
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(task):
    rows = []
    path = os.path.join(OUT, task + ".jsonl")
    if not os.path.exists(path):
        err("missing " + path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json %s" % (task, n, e))
    return rows


def common(task, rows):
    seen_text, seen_id = set(), set()
    for i, r in enumerate(rows, 1):
        if sorted(r.keys()) != sorted(FIELDS[task]):
            err("%s row %d: fields %s" % (task, i, sorted(r.keys())))
        rid = r.get("id")
        if rid != "cx-%s%03d" % (LETTER[task], i):
            err("%s row %d: id %r" % (task, i, rid))
        if rid in seen_id:
            err("%s: duplicate id %s" % (task, rid))
        seen_id.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        if t in seen_text:
            err("%s %s: duplicate text" % (task, rid))
        seen_text.add(t)


def show(title, counter, order=None):
    print("  %s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %d" % (k, counter.get(k, 0)))


def main():
    P, T, E = load("privacy"), load("triage"), load("emergency")
    for task, rows in (("privacy", P), ("triage", T), ("emergency", E)):
        common(task, rows)

    # privacy
    type_items = collections.Counter()
    type_spans = collections.Counter()
    with_ids = trap = with_quasi = 0
    for r in P:
        ids = r.get("identifiers")
        q = r.get("quasi")
        text = r.get("text", "")
        if not isinstance(ids, list) or not isinstance(q, list):
            err("privacy %s: identifiers/quasi must be lists" % r.get("id"))
            continue
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or sorted(d.keys()) != ["text", "type"]:
                err("privacy %s: bad identifier %r" % (r.get("id"), d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r.get("id"), d["type"]))
            if not d["text"] or d["text"] not in text:
                err("privacy %s: identifier not in text: %r" % (r.get("id"), d["text"]))
            if (d["type"], d["text"]) in seen:
                err("privacy %s: identifier listed twice %r" % (r.get("id"), d["text"]))
            seen.add((d["type"], d["text"]))
            if d["type"] == "name" and re.match(r"(?i)^(dr|mr|mrs|ms|mdm|dra)\.?\s", d["text"]):
                err("privacy %s: name includes title %r" % (r.get("id"), d["text"]))
            type_spans[d["type"]] += 1
        for t in {d["type"] for d in ids if isinstance(d, dict) and "type" in d}:
            type_items[t] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in text:
                err("privacy %s: quasi not in text: %r" % (r.get("id"), s))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1
    print("privacy: %d rows" % len(P))
    show("identifier spans by type", type_spans, sorted(ID_TYPES))
    show("items containing type", type_items, sorted(ID_TYPES))
    print("  with identifiers %d, trap-only %d, with quasi %d" % (with_ids, trap, with_quasi))
    if len(P) < 260: err("privacy: fewer than 260 items")
    if with_ids < 150: err("privacy: fewer than 150 with identifiers")
    if trap < 100: err("privacy: fewer than 100 trap-only")
    if with_quasi < 15: err("privacy: fewer than 15 with quasi")
    for t in ID_TYPES:
        if t != "name" and type_spans[t] < 5:
            err("privacy: type %s fewer than 5" % t)
        if t != "name" and type_spans[t] >= type_spans["name"]:
            err("privacy: names must be the most frequent type")

    # triage
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in T:
        if r.get("department") not in DEPARTMENTS: err("triage %s: department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES: err("triage %s: age %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS: err("triage %s: gender %r" % (r.get("id"), r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("triage: %d rows" % len(T))
    show("department", dep, DEPARTMENTS)
    show("age_range", age, AGES)
    show("gender", gen, GENDERS)
    if len(T) != 88: err("triage: must be exactly 88")
    for d in DEPARTMENTS:
        if dep[d] != 4: err("triage: %s has %d, need 4" % (d, dep[d]))

    # emergency
    kinds, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in E:
        rid, k, f, em = r.get("id"), r.get("kind"), r.get("family"), r.get("emergency")
        if not isinstance(em, bool): err("emergency %s: emergency not bool" % rid)
        if f not in FAMILIES: err("emergency %s: family %r" % (rid, f))
        if em is True:
            n_now += 1
            if k != "now": err("emergency %s: true but kind %r" % (rid, k))
            fam_now[f] += 1
        else:
            n_non += 1
            if k not in NON_KINDS: err("emergency %s: false but kind %r" % (rid, k))
            fam_non[f] += 1
        kinds[k] += 1
    print("emergency: %d rows" % len(E))
    show("kind", kinds, ["now"] + NON_KINDS)
    show("family (now)", fam_now, FAMILIES)
    show("family (non)", fam_non, FAMILIES)
    if n_now < 120: err("emergency: fewer than 120 now")
    if n_non < 200: err("emergency: fewer than 200 non")
    for f in FAMILIES:
        if fam_now[f] < 4: err("emergency: family %s has %d now items" % (f, fam_now[f]))
    for k in NON_KINDS:
        if kinds[k] < 15: err("emergency: kind %s has %d" % (k, kinds[k]))

    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(P), with_ids, trap, with_quasi, len(T), len(E), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
