"""Check and count the writer-108 test set. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ct"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]
MIN_PER_ID_TYPE = 5

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(OUT, name)
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    err("%s line %d: blank line" % (name, n))
                    continue
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s line %d: bad json %s" % (name, n, e))
    except OSError as e:
        err("cannot read %s: %s" % (name, e))
    return rows


def check_ids(rows, letter, name):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    seen = set()
    for r in rows:
        i = r.get("id")
        if not isinstance(i, str) or not pat.match(i):
            err("%s: bad id %r" % (name, i))
        if i in seen:
            err("%s: duplicate id %r" % (name, i))
        seen.add(i)


def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def main():
    privacy = load("privacy.jsonl")
    triage = load("triage.jsonl")
    emergency = load("emergency.jsonl")
    check_ids(privacy, "p", "privacy")
    check_ids(triage, "t", "triage")
    check_ids(emergency, "e", "emergency")

    all_texts = Counter()

    # privacy
    type_items = Counter()
    type_spans = Counter()
    n_ids = n_trap = n_quasi = 0
    for r in privacy:
        rid = r.get("id")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("%s: fields %s" % (rid, sorted(r)))
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % rid)
            continue
        all_texts[text.strip().lower()] += 1
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s: identifiers not a list" % rid)
            continue
        seen = set()
        types_here = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err("%s: bad identifier %r" % (rid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("%s: bad identifier type %r" % (rid, d["type"]))
            if not isinstance(d["text"], str) or not d["text"]:
                err("%s: empty identifier text" % rid)
                continue
            if d["text"] not in text:
                err("%s: identifier %r not in text" % (rid, d["text"]))
            if d["text"] != d["text"].strip():
                err("%s: identifier %r has outer spaces" % (rid, d["text"]))
            if d["text"] in seen:
                err("%s: identifier %r listed twice" % (rid, d["text"]))
            seen.add(d["text"])
            types_here.add(d["type"])
            type_spans[d["type"]] += 1
        for t in types_here:
            type_items[t] += 1
        q = r["quasi"]
        if not isinstance(q, list) or not all(isinstance(x, str) and x for x in q):
            err("%s: quasi must be a list of strings" % rid)
        else:
            for x in q:
                if x not in text:
                    err("%s: quasi %r not in text" % (rid, x))
            if len(set(q)) != len(q):
                err("%s: duplicate quasi" % rid)
            if q:
                n_quasi += 1
        if ids:
            n_ids += 1
        else:
            n_trap += 1

    # triage
    dept = Counter()
    ages = Counter()
    gens = Counter()
    for r in triage:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("%s: fields %s" % (rid, sorted(r)))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err("%s: empty text" % rid)
            continue
        all_texts[r["text"].strip().lower()] += 1
        if r["department"] not in DEPTS:
            err("%s: bad department %r" % (rid, r["department"]))
        if r["age_range"] not in AGES:
            err("%s: bad age_range %r" % (rid, r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s: bad gender %r" % (rid, r["gender"]))
        dept[r["department"]] += 1
        ages[r["age_range"]] += 1
        gens[r["gender"]] += 1

    # emergency
    kinds = Counter()
    fam_total = Counter()
    fam_now = Counter()
    fam_non = Counter()
    n_now = n_non = 0
    for r in emergency:
        rid = r.get("id")
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("%s: fields %s" % (rid, sorted(r)))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err("%s: empty text" % rid)
            continue
        all_texts[r["text"].strip().lower()] += 1
        if not isinstance(r["emergency"], bool):
            err("%s: emergency must be bool" % rid)
        if r["family"] not in FAMILIES:
            err("%s: bad family %r" % (rid, r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("%s: emergency true needs kind now" % rid)
            n_now += 1
            fam_now[r["family"]] += 1
        else:
            if r["kind"] not in KINDS:
                err("%s: bad non-emergency kind %r" % (rid, r["kind"]))
            n_non += 1
            fam_non[r["family"]] += 1
        kinds[r["kind"]] += 1
        fam_total[r["family"]] += 1

    for t, c in all_texts.items():
        if c > 1:
            err("duplicate text (%d times): %r" % (c, t[:80]))

    # sizes
    if len(privacy) < 260:
        err("privacy: %d items < 260" % len(privacy))
    if n_ids < 150:
        err("privacy: %d with identifiers < 150" % n_ids)
    if n_trap < 100:
        err("privacy: %d trap-only < 100" % n_trap)
    if n_quasi < 15:
        err("privacy: %d with quasi < 15" % n_quasi)
    for t in ID_TYPES:
        if type_items[t] < MIN_PER_ID_TYPE:
            err("privacy: type %s in only %d items" % (t, type_items[t]))
    if type_items["name"] < max(type_items[t] for t in ID_TYPES if t != "name"):
        err("privacy: names are not the most frequent type")
    if len(triage) != 88:
        err("triage: %d items != 88" % len(triage))
    for d in DEPTS:
        if dept[d] != 4:
            err("triage: department %s has %d items != 4" % (d, dept[d]))
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d now < 4" % (f, fam_now[f]))
    for k in KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d < 15" % (k, kinds[k]))
    non_fams = sum(1 for f in FAMILIES if fam_non[f] > 0)
    if non_fams < len(FAMILIES):
        err("emergency: non-emergencies cover only %d of %d families" % (non_fams, len(FAMILIES)))

    print("== privacy: %d items" % len(privacy))
    print("identifier type")
    for t in ID_TYPES:
        print("  %-28s %d items, %d spans" % (t, type_items[t], type_spans[t]))
    print("  with identifiers %d, trap-only %d, with quasi %d" % (n_ids, n_trap, n_quasi))
    print("== triage: %d items" % len(triage))
    show("department", dept, DEPTS)
    show("age_range", ages, AGES)
    show("gender", gens, GENDERS)
    print("== emergency: %d items (%d now, %d non)" % (len(emergency), n_now, n_non))
    show("kind", kinds, ["now"] + KINDS)
    print("family (total / now / non)")
    for f in FAMILIES:
        print("  %-28s %d / %d / %d" % (f, fam_total[f], fam_now[f], fam_non[f]))
    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(privacy), n_ids, n_trap, n_quasi, len(triage), len(emergency), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
