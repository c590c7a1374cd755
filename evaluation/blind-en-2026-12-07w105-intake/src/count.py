"""Check the built jsonl files of writer 105 (prefix cq) and print counts. Standard library only."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(OUT, name)
    items = []
    if not os.path.exists(path):
        err("missing file %s" % name)
        return items
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, ln, e))
    return items


def check_ids(items, letter):
    want = ["cq-%s%03d" % (letter, i) for i in range(1, len(items) + 1)]
    got = [it.get("id") for it in items]
    if got != want:
        err("ids for task %s are not cq-%s001.. in order" % (letter, letter))


def check_keys(it, keys, where):
    if set(it.keys()) != set(keys):
        err("%s: keys %s != %s" % (where, sorted(it.keys()), sorted(keys)))
        return False
    if not isinstance(it.get("text"), str) or not it["text"].strip():
        err("%s: empty text" % where)
        return False
    return True


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")
    check_ids(priv, "p")
    check_ids(tri, "t")
    check_ids(emg, "e")

    all_texts = collections.Counter()
    for it in priv + tri + emg:
        all_texts[(it.get("text") or "").strip().lower()] += 1
    for t, c in all_texts.items():
        if c > 1:
            err("duplicate text (%d times): %r" % (c, t[:80]))

    # privacy
    type_items = collections.Counter()
    type_spans = collections.Counter()
    n_ident = n_trap = n_quasi = 0
    for it in priv:
        where = it.get("id")
        if not check_keys(it, ["id", "text", "identifiers", "quasi"], where):
            continue
        text = it["text"]
        ids = it["identifiers"]
        if not isinstance(ids, list):
            err("%s: identifiers not a list" % where)
            continue
        seen = set()
        types_here = set()
        for d in ids:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("%s: bad identifier %r" % (where, d))
                continue
            if d["type"] not in ID_TYPES:
                err("%s: bad identifier type %r" % (where, d["type"]))
            if not d["text"] or d["text"] not in text:
                err("%s: identifier %r not verbatim in text" % (where, d["text"]))
            if d["text"] in seen:
                err("%s: identifier %r listed twice" % (where, d["text"]))
            if d["text"] != d["text"].strip():
                err("%s: identifier %r has outer spaces" % (where, d["text"]))
            if d["type"] == "name" and re.match(r"(?i)^(dr|mr|mrs|ms|miss)\.?\s", d["text"]):
                err("%s: name %r keeps a title" % (where, d["text"]))
            seen.add(d["text"])
            types_here.add(d["type"])
            type_spans[d["type"]] += 1
        for t in types_here:
            type_items[t] += 1
        q = it["quasi"]
        if not isinstance(q, list) or not all(isinstance(s, str) for s in q):
            err("%s: quasi must be a list of strings" % where)
            q = []
        for s in q:
            if not s or s not in text:
                err("%s: quasi %r not verbatim in text" % (where, s))
        if ids:
            n_ident += 1
        else:
            n_trap += 1
            if "@" in text or re.search(r"example\.(com|org|net)", text):
                err("%s: trap-only item contains an e-mail/handle-like string" % where)
        if q:
            n_quasi += 1

    # triage
    dep = collections.Counter()
    age = collections.Counter()
    gen = collections.Counter()
    for it in tri:
        where = it.get("id")
        if not check_keys(it, ["id", "text", "department", "age_range", "gender"], where):
            continue
        if it["department"] not in DEPTS:
            err("%s: bad department %r" % (where, it["department"]))
        if it["age_range"] not in AGES:
            err("%s: bad age_range %r" % (where, it["age_range"]))
        if it["gender"] not in GENDERS:
            err("%s: bad gender %r" % (where, it["gender"]))
        dep[it["department"]] += 1
        age[it["age_range"]] += 1
        gen[it["gender"]] += 1

    # emergency
    kinds = collections.Counter()
    fam_tot = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_now = n_non = 0
    for it in emg:
        where = it.get("id")
        if not check_keys(it, ["id", "text", "emergency", "kind", "family"], where):
            continue
        if it["emergency"] not in (True, False):
            err("%s: emergency must be true/false" % where)
            continue
        if it["family"] not in FAMILIES:
            err("%s: bad family %r" % (where, it["family"]))
        if it["emergency"]:
            if it["kind"] != "now":
                err("%s: emergency item must have kind now" % where)
            n_now += 1
            fam_now[it["family"]] += 1
        else:
            if it["kind"] not in KINDS_NON:
                err("%s: bad non-emergency kind %r" % (where, it["kind"]))
            n_non += 1
            fam_non[it["family"]] += 1
        kinds[it["kind"]] += 1
        fam_tot[it["family"]] += 1

    # sizes
    if len(priv) < 260:
        err("privacy has %d items (< 260)" % len(priv))
    if n_ident < 150:
        err("privacy with identifiers %d (< 150)" % n_ident)
    if n_trap < 100:
        err("privacy trap-only %d (< 100)" % n_trap)
    if n_quasi < 15:
        err("privacy with quasi %d (< 15)" % n_quasi)
    for t in ID_TYPES:
        floor = 60 if t == "name" else 4
        if type_items[t] < floor:
            err("identifier type %s in %d items (< %d)" % (t, type_items[t], floor))
    if len(tri) != 88:
        err("triage has %d items (!= 88)" % len(tri))
    for d in DEPTS:
        if dep[d] != 4:
            err("department %s has %d items (!= 4)" % (d, dep[d]))
    if n_now < 120:
        err("emergencies %d (< 120)" % n_now)
    if n_non < 200:
        err("non-emergencies %d (< 200)" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("family %s has %d now items (< 4)" % (f, fam_now[f]))
    for k in KINDS_NON:
        if kinds[k] < 15:
            err("kind %s has %d items (< 15)" % (k, kinds[k]))

    print("== privacy ==")
    print("items %d; with identifiers %d; trap-only %d; with quasi %d" % (len(priv), n_ident, n_trap, n_quasi))
    print("%-15s %6s %6s" % ("type", "items", "spans"))
    for t in ID_TYPES:
        print("%-15s %6d %6d" % (t, type_items[t], type_spans[t]))
    print("== triage ==")
    print("items %d" % len(tri))
    print("department:")
    for d in DEPTS:
        print("  %-22s %d" % (d, dep[d]))
    print("age_range:")
    for a in AGES:
        print("  %-22s %d" % (a, age[a]))
    print("gender:")
    for g in GENDERS:
        print("  %-22s %d" % (g, gen[g]))
    print("== emergency ==")
    print("items %d; now %d; non %d" % (len(emg), n_now, n_non))
    print("kind:")
    for k in ["now"] + KINDS_NON:
        print("  %-24s %d" % (k, kinds[k]))
    print("family (total / now / non):")
    for f in FAMILIES:
        print("  %-28s %3d / %3d / %3d" % (f, fam_tot[f], fam_now[f], fam_non[f]))
    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), n_ident, n_trap, n_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
