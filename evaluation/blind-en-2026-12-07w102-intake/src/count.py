"""Check and count the writer-102 test set. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cn"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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
    print("ERROR:", msg)


def load(name):
    path = os.path.join(OUT, name + ".jsonl")
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
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_ids(rows, letter):
    seen = set()
    for i, r in enumerate(rows, 1):
        want = "%s-%s%03d" % (PREFIX, letter, i)
        if r.get("id") != want:
            err("id %r, expected %s" % (r.get("id"), want))
        if r.get("id") in seen:
            err("duplicate id %r" % r.get("id"))
        seen.add(r.get("id"))


def check_keys(r, keys):
    if set(r.keys()) != set(keys):
        err("%s: keys %s, expected %s" % (r.get("id"), sorted(r.keys()), sorted(keys)))
        return False
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        err("%s: empty text" % r.get("id"))
        return False
    return True


def show(title, counter, order):
    print("  %s:" % title)
    for k in order:
        print("    %-28s %d" % (k, counter.get(k, 0)))
    for k in sorted(set(counter) - set(order)):
        print("    %-28s %d  (unexpected)" % (k, counter[k]))


def main():
    all_texts = Counter()

    # privacy
    privacy = load("privacy")
    check_ids(privacy, "p")
    type_counter = Counter()
    with_ids = trap_only = with_quasi = 0
    for r in privacy:
        if not check_keys(r, ["id", "text", "identifiers", "quasi"]):
            continue
        all_texts[r["text"]] += 1
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s: identifiers not a list" % r["id"])
            continue
        seen_pairs = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("%s: bad identifier %r" % (r["id"], ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("%s: bad identifier type %r" % (r["id"], ident["type"]))
            if not ident["text"] or ident["text"] not in r["text"]:
                err("%s: identifier %r not verbatim in text" % (r["id"], ident["text"]))
            pair = (ident["type"], ident["text"])
            if pair in seen_pairs:
                err("%s: identifier %r listed twice" % (r["id"], ident["text"]))
            seen_pairs.add(pair)
            type_counter[ident["type"]] += 1
        q = r["quasi"]
        if not isinstance(q, list) or not all(isinstance(s, str) for s in q):
            err("%s: quasi must be a list of strings" % r["id"])
            q = []
        for s in q:
            if not s or s not in r["text"]:
                err("%s: quasi %r not verbatim in text" % (r["id"], s))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if q:
            with_quasi += 1
    print("PRIVACY: %d items, %d with identifiers, %d trap-only, %d with quasi" %
          (len(privacy), with_ids, trap_only, with_quasi))
    show("identifier types (mentions)", type_counter, ID_TYPES)
    if len(privacy) < 260:
        err("privacy has %d items (< 260)" % len(privacy))
    if with_ids < 150:
        err("privacy has %d items with identifiers (< 150)" % with_ids)
    if trap_only < 100:
        err("privacy has %d trap-only items (< 100)" % trap_only)
    if with_quasi < 15:
        err("privacy has %d items with quasi (< 15)" % with_quasi)
    for t in ID_TYPES:
        if type_counter[t] < 3:
            err("identifier type %s used %d times (< 3)" % (t, type_counter[t]))
    if type_counter and type_counter.most_common(1)[0][0] != "name":
        err("name is not the most frequent identifier type")

    # triage
    triage = load("triage")
    check_ids(triage, "t")
    dep = Counter()
    age = Counter()
    gen = Counter()
    for r in triage:
        if not check_keys(r, ["id", "text", "department", "age_range", "gender"]):
            continue
        all_texts[r["text"]] += 1
        if r["department"] not in DEPARTMENTS:
            err("%s: bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s: bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s: bad gender %r" % (r["id"], r["gender"]))
        dep[r["department"]] += 1
        age[r["age_range"]] += 1
        gen[r["gender"]] += 1
    print("TRIAGE: %d items" % len(triage))
    show("department", dep, DEPARTMENTS)
    show("age_range", age, AGES)
    show("gender", gen, GENDERS)
    if len(triage) != 88:
        err("triage has %d items (must be exactly 88)" % len(triage))
    for d in DEPARTMENTS:
        if dep[d] != 4:
            err("department %s has %d items (must be 4)" % (d, dep[d]))

    # emergency
    emergency = load("emergency")
    check_ids(emergency, "e")
    kind = Counter()
    fam_now = Counter()
    fam_non = Counter()
    for r in emergency:
        if not check_keys(r, ["id", "text", "emergency", "kind", "family"]):
            continue
        all_texts[r["text"]] += 1
        if not isinstance(r["emergency"], bool):
            err("%s: emergency must be true/false" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s: bad family %r" % (r["id"], r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("%s: emergency true but kind %r" % (r["id"], r["kind"]))
            fam_now[r["family"]] += 1
        else:
            if r["kind"] not in KINDS_NON:
                err("%s: non-emergency with bad kind %r" % (r["id"], r["kind"]))
            fam_non[r["family"]] += 1
        kind[r["kind"]] += 1
    n_now = sum(fam_now.values())
    n_non = sum(fam_non.values())
    print("EMERGENCY: %d items (%d now, %d non)" % (len(emergency), n_now, n_non))
    show("kind", kind, ["now"] + KINDS_NON)
    print("  family (total / now / non):")
    for f in FAMILIES:
        print("    %-28s %3d / %3d / %3d" % (f, fam_now[f] + fam_non[f], fam_now[f], fam_non[f]))
    for f in sorted((set(fam_now) | set(fam_non)) - set(FAMILIES)):
        print("    %-28s (unexpected)" % f)
    if n_now < 120:
        err("emergency has %d now items (< 120)" % n_now)
    if n_non < 200:
        err("emergency has %d non items (< 200)" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("family %s has %d now items (< 4)" % (f, fam_now[f]))
    for k in KINDS_NON:
        if kind[k] < 15:
            err("kind %s has %d items (< 15)" % (k, kind[k]))

    for t, c in all_texts.items():
        if c > 1:
            err("duplicate text (%dx): %s" % (c, t[:80]))

    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(privacy), with_ids, trap_only, with_quasi, len(triage), len(emergency), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
