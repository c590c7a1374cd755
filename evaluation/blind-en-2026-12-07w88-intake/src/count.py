#!/usr/bin/env python3
"""Check and count the writer-88 test set."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "by"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics",
               "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(task, letter, keys):
    path = os.path.join(OUT, task + ".jsonl")
    recs = []
    if not os.path.exists(path):
        err("missing " + path)
        return recs
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (task, n, e))
                continue
            if list(r.keys())[:1] != ["id"]:
                err("%s line %d: id is not the first field" % (task, n))
            if set(r.keys()) != set(["id"] + keys):
                err("%s line %d: fields %s" % (task, n, sorted(r.keys())))
            recs.append(r)
    ids = [r.get("id") for r in recs]
    texts = [r.get("text") for r in recs]
    for i, rid in enumerate(ids, 1):
        want = "%s-%s%03d" % (PREFIX, letter, i)
        if rid != want:
            err("%s: id %r at position %d, expected %s" % (task, rid, i, want))
    for k, c in collections.Counter(ids).items():
        if c > 1:
            err("%s: duplicate id %s" % (task, k))
    for k, c in collections.Counter(texts).items():
        if c > 1:
            err("%s: duplicate text %r" % (task, k))
    for r in recs:
        if not isinstance(r.get("text"), str) or not r.get("text").strip():
            err("%s %s: empty text" % (task, r.get("id")))
    return recs


def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def main():
    # privacy
    priv = load("privacy", "p", ["text", "identifiers", "quasi"])
    by_type = collections.Counter()
    with_ids = trap = with_quasi = 0
    for r in priv:
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(q, list):
            err("privacy %s: identifiers/quasi must be lists" % r.get("id"))
            continue
        seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r["id"], ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: unknown type %r" % (r["id"], ident["type"]))
            if not ident["text"] or ident["text"] not in r["text"]:
                err("privacy %s: identifier %r not a substring" % (r["id"], ident["text"]))
            if ident["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (r["id"], ident["text"]))
            seen.add(ident["text"])
            by_type[ident["type"]] += 1
        for qq in q:
            if not isinstance(qq, dict) or set(qq.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (r["id"], qq))
                continue
            if not qq["text"] or qq["text"] not in r["text"]:
                err("privacy %s: quasi %r not a substring" % (r["id"], qq["text"]))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1
    show("privacy identifiers by type:", by_type, ID_TYPES)
    print("privacy: %d items, %d with identifiers, %d trap-only, %d with quasi" % (len(priv), with_ids, trap, with_quasi))
    if len(priv) < 260: err("privacy: fewer than 260 items")
    if with_ids < 150: err("privacy: fewer than 150 items with identifiers")
    if trap < 100: err("privacy: fewer than 100 trap-only items")
    if with_quasi < 15: err("privacy: fewer than 15 items with quasi")

    # triage
    tri = load("triage", "t", ["text", "department", "age_range", "gender"])
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        if r.get("department") not in DEPARTMENTS: err("triage %s: bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES: err("triage %s: bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS: err("triage %s: bad gender %r" % (r["id"], r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    show("triage by department:", dep, DEPARTMENTS)
    show("triage by age_range:", age, AGES)
    show("triage by gender:", gen, GENDERS)
    if len(tri) != 88: err("triage: %d items, expected exactly 88" % len(tri))
    for d in DEPARTMENTS:
        if dep.get(d, 0) != 4: err("triage: department %s has %d items, expected 4" % (d, dep.get(d, 0)))

    # emergency
    em = load("emergency", "e", ["text", "emergency", "kind", "family"])
    kind_c = collections.Counter()
    fam_tot, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    for r in em:
        k, fam, e = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS: err("emergency %s: bad kind %r" % (r["id"], k))
        if fam not in FAMILIES: err("emergency %s: bad family %r" % (r["id"], fam))
        if not isinstance(e, bool): err("emergency %s: emergency not a bool" % r["id"])
        if e != (k == "now"): err("emergency %s: emergency=%r but kind=%r" % (r["id"], e, k))
        kind_c[k] += 1
        fam_tot[fam] += 1
        (fam_now if k == "now" else fam_non)[fam] += 1
    show("emergency by kind:", kind_c, KINDS)
    print("emergency by family (total / now / non):")
    for f in FAMILIES:
        print("  %-28s %3d / %3d / %3d" % (f, fam_tot.get(f, 0), fam_now.get(f, 0), fam_non.get(f, 0)))
    n_now = kind_c.get("now", 0)
    n_non = len(em) - n_now
    if n_now < 120: err("emergency: fewer than 120 now items")
    if n_non < 200: err("emergency: fewer than 200 non-emergencies")
    for f in FAMILIES:
        if fam_now.get(f, 0) < 1: err("emergency: family %s has no now item" % f)
    for k in KINDS[1:]:
        if kind_c.get(k, 0) < 15: err("emergency: kind %s has fewer than 15 items" % k)

    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap, with_quasi, len(tri), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
