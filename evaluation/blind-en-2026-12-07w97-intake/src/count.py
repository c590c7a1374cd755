"""Check and count the en97 (prefix ci) test set. Standard library only. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ci"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
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

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, ln, e))
    return rows


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def check_common(rows, task, letter, fields):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        if set(r.keys()) != set(fields):
            err("%s %s: fields %s" % (task, r.get("id"), sorted(r.keys())))
        rid = r.get("id", "")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in seen:
            err("%s: duplicate id %s" % (task, rid))
        seen.add(rid)
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err("%s %s: empty text" % (task, rid))


def main():
    priv = load("privacy")
    tri = load("triage")
    emg = load("emergency")

    check_common(priv, "privacy", "p", ["id", "text", "identifiers", "quasi"])
    check_common(tri, "triage", "t", ["id", "text", "department", "age_range", "gender"])
    check_common(emg, "emergency", "e", ["id", "text", "emergency", "kind", "family"])

    texts = {}
    for task, rows in (("privacy", priv), ("triage", tri), ("emergency", emg)):
        for r in rows:
            k = norm(r.get("text", ""))
            if k in texts:
                err("duplicate text: %s and %s" % (texts[k], r.get("id")))
            texts[k] = r.get("id")

    # privacy
    type_counts = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % r["id"])
            ids = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % r["id"])
            quasi = []
        seen_pairs = set()
        for d in ids:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r["id"], d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (r["id"], d["type"]))
            if not d["text"] or d["text"] not in r["text"]:
                err("privacy %s: identifier %r not in text" % (r["id"], d["text"]))
            if (d["type"], d["text"]) in seen_pairs:
                err("privacy %s: identifier listed twice %r" % (r["id"], d["text"]))
            seen_pairs.add((d["type"], d["text"]))
            type_counts[d["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in r["text"]:
                err("privacy %s: quasi %r not a substring of text" % (r["id"], q))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    if len(priv) < 260:
        err("privacy: %d items < 260" % len(priv))
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    for t in ID_TYPES:
        if type_counts[t] < 5:
            err("privacy: identifier type %s used %d times < 5" % (t, type_counts[t]))
    if type_counts and type_counts.most_common(1)[0][0] != "name":
        err("privacy: name is not the most common identifier type")

    # triage
    dept = collections.Counter()
    ages = collections.Counter()
    gens = collections.Counter()
    for r in tri:
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r["id"], r.get("gender")))
        dept[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    if len(tri) != 88:
        err("triage: %d items != 88" % len(tri))
    for d in DEPARTMENTS:
        if dept[d] != 4:
            err("triage: department %s has %d items != 4" % (d, dept[d]))
    for a in AGES:
        if ages[a] == 0:
            err("triage: age range %s unused" % a)
    for g in GENDERS:
        if gens[g] == 0:
            err("triage: gender %s unused" % g)

    # emergency
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    for r in emg:
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not a bool" % r["id"])
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (r["id"], f))
        if e is True:
            if k != "now":
                err("emergency %s: emergency true but kind %r" % (r["id"], k))
            fam_now[f] += 1
        else:
            if k not in NON_KINDS:
                err("emergency %s: emergency false but kind %r" % (r["id"], k))
            fam_non[f] += 1
        kinds[k] += 1
    n_now = sum(fam_now.values())
    n_non = sum(fam_non.values())
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d now items < 4" % (f, fam_now[f]))
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d items < 15" % (k, kinds[k]))
    if len([f for f in FAMILIES if fam_non[f]]) < 15:
        err("emergency: non-emergencies touch fewer than 15 families")

    # report
    print("== privacy: %d items" % len(priv))
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_counts[t]))
    print("== triage: %d items" % len(tri))
    for d in DEPARTMENTS:
        print("  %-22s %d" % (d, dept[d]))
    print("  age ranges: " + ", ".join("%s=%d" % (a, ages[a]) for a in AGES))
    print("  genders: " + ", ".join("%s=%d" % (g, gens[g]) for g in GENDERS))
    print("== emergency: %d items" % len(emg))
    print("  kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in ["now"] + NON_KINDS))
    print("  families (total / now / non):")
    for f in FAMILIES:
        print("    %-27s %3d / %3d / %3d" % (f, fam_now[f] + fam_non[f], fam_now[f], fam_non[f]))
    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR: " + e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
