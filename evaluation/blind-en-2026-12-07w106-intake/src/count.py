"""Check and count the writer-106 (prefix cr) test set. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cr"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
NON_KINDS = KINDS[1:]
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
    rows = []
    if not os.path.exists(path):
        err("missing file " + name)
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


def check_texts(rows, name):
    seen = {}
    for r in rows:
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty or non-string text" % (name, r.get("id")))
            continue
        key = " ".join(t.lower().split())
        if key in seen:
            err("%s: duplicate text in %s and %s" % (name, seen[key], r.get("id")))
        seen[key] = r.get("id")
    return seen


def main():
    # privacy
    priv = load("privacy.jsonl")
    check_ids(priv, "p", "privacy")
    ptexts = check_texts(priv, "privacy")
    type_counts = Counter()
    n_ids = n_trap = n_quasi = 0
    for r in priv:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: fields %s" % (rid, sorted(r.keys())))
        text = r.get("text") or ""
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            ids = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen_pairs = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: unknown type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"]:
                err("privacy %s: empty identifier text" % rid)
                continue
            if ident["text"] not in text:
                err("privacy %s: identifier %r not in text" % (rid, ident["text"]))
            if ident["text"] in seen_pairs:
                err("privacy %s: identifier %r listed twice" % (rid, ident["text"]))
            seen_pairs.add(ident["text"])
            type_counts[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q:
                err("privacy %s: quasi entry not a non-empty string: %r" % (rid, q))
                continue
            if q not in text:
                err("privacy %s: quasi %r not in text" % (rid, q))
        if ids:
            n_ids += 1
        else:
            n_trap += 1
        if quasi:
            n_quasi += 1
    print("== privacy: %d items (%d with identifiers, %d trap-only, %d with quasi)" % (len(priv), n_ids, n_trap, n_quasi))
    for t in ID_TYPES:
        print("  type %-14s %d" % (t, type_counts[t]))
        if type_counts[t] < 3:
            err("privacy: identifier type %s appears fewer than 3 times" % t)
    if len(priv) < 260:
        err("privacy: %d items < 260" % len(priv))
    if n_ids < 150:
        err("privacy: %d items with identifiers < 150" % n_ids)
    if n_trap < 100:
        err("privacy: %d trap-only items < 100" % n_trap)
    if n_quasi < 15:
        err("privacy: %d items with quasi < 15" % n_quasi)

    # triage
    tri = load("triage.jsonl")
    check_ids(tri, "t", "triage")
    ttexts = check_texts(tri, "triage")
    dep = Counter()
    age = Counter()
    gen = Counter()
    for r in tri:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: fields %s" % (rid, sorted(r.keys())))
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("== triage: %d items" % len(tri))
    for d in DEPARTMENTS:
        print("  department %-22s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage: department %s has %d items, need exactly 4" % (d, dep[d]))
    for a in AGES:
        print("  age %-6s %d" % (a, age[a]))
    for g in GENDERS:
        print("  gender %-12s %d" % (g, gen[g]))
    if len(tri) != 88:
        err("triage: %d items, need exactly 88" % len(tri))

    # emergency
    em = load("emergency.jsonl")
    check_ids(em, "e", "emergency")
    etexts = check_texts(em, "emergency")
    kinds = Counter()
    fam_tot = Counter()
    fam_now = Counter()
    fam_non = Counter()
    for r in em:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: fields %s" % (rid, sorted(r.keys())))
        e = r.get("emergency")
        k = r.get("kind")
        f = r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not a bool" % rid)
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kinds[k] += 1
        fam_tot[f] += 1
        if e is True:
            fam_now[f] += 1
        else:
            fam_non[f] += 1
    n_now = kinds["now"]
    n_non = len(em) - n_now
    print("== emergency: %d items (%d now, %d non)" % (len(em), n_now, n_non))
    for k in KINDS:
        print("  kind %-24s %d" % (k, kinds[k]))
        if k != "now" and kinds[k] < 15:
            err("emergency: kind %s has %d < 15" % (k, kinds[k]))
    print("  %-26s %5s %5s %5s" % ("family", "total", "now", "non"))
    for f in FAMILIES:
        print("  %-26s %5d %5d %5d" % (f, fam_tot[f], fam_now[f], fam_non[f]))
        if fam_now[f] < 4:
            err("emergency: family %s has %d now items < 4" % (f, fam_now[f]))
    if n_now < 120:
        err("emergency: %d now items < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non items < 200" % n_non)

    # texts shared across tasks are allowed but reported
    shared = (set(ptexts) & set(ttexts)) | (set(ptexts) & set(etexts)) | (set(ttexts) & set(etexts))
    print("texts shared across tasks: %d" % len(shared))

    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), n_ids, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
