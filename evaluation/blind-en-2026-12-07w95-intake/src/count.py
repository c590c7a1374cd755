"""Check and count the writer-95 (prefix cg) test set. Standard library only. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cg"

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


def load(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def norm(t):
    return " ".join(t.lower().split())


def common_checks(name, rows, letter, fields):
    id_re = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    seen_ids, seen_texts = set(), {}
    for r in rows:
        if set(r) != set(fields):
            err("%s %s: fields %s != %s" % (name, r.get("id"), sorted(r), sorted(fields)))
        rid = r.get("id", "")
        if not isinstance(rid, str) or not id_re.match(rid):
            err("%s: bad id %r" % (name, rid))
        if rid in seen_ids:
            err("%s: duplicate id %s" % (name, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty or non-string text" % (name, rid))
            continue
        k = norm(t)
        if k in seen_texts:
            err("%s: duplicate text %s and %s" % (name, seen_texts[k], rid))
        seen_texts[k] = rid
    return seen_texts


def main():
    # ---------------- privacy ----------------
    pr = load("privacy")
    p_texts = common_checks("privacy", pr, "p", ["id", "text", "identifiers", "quasi"])
    type_counts = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in pr:
        rid, t = r.get("id"), r.get("text", "")
        ids, quasi = r.get("identifiers"), r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            ids = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident) != {"type", "text"}:
                err("privacy %s: identifier must be {type,text}: %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"] or ident["text"] not in t:
                err("privacy %s: identifier %r not a substring of text" % (rid, ident["text"]))
            key = (ident["type"], ident["text"])
            if key in seen:
                err("privacy %s: identifier listed twice %r" % (rid, ident["text"]))
            seen.add(key)
            type_counts[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in t:
                err("privacy %s: quasi %r not a string substring of text" % (rid, q))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    print("== privacy ==")
    print("items: %d (with identifiers %d, trap-only %d, with quasi %d)" % (len(pr), with_ids, trap_only, with_quasi))
    for ty in ID_TYPES:
        print("  %-14s %d" % (ty, type_counts[ty]))
    if len(pr) < 260:
        err("privacy: fewer than 260 items")
    if with_ids < 150:
        err("privacy: fewer than 150 items with identifiers")
    if trap_only < 100:
        err("privacy: fewer than 100 trap-only items")
    if with_quasi < 15:
        err("privacy: fewer than 15 items with quasi")
    for ty in ID_TYPES:
        if type_counts[ty] < 5:
            err("privacy: identifier type %s used fewer than 5 times" % ty)
    if type_counts and type_counts.most_common(1)[0][0] != "name":
        err("privacy: name is not the most common identifier type")

    # ---------------- triage ----------------
    tr = load("triage")
    t_texts = common_checks("triage", tr, "t", ["id", "text", "department", "age_range", "gender"])
    dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tr:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dep_c[r.get("department")] += 1
        age_c[r.get("age_range")] += 1
        gen_c[r.get("gender")] += 1
    print("== triage ==")
    print("items: %d" % len(tr))
    for d in DEPARTMENTS:
        print("  %-22s %d" % (d, dep_c[d]))
    print("  age ranges: " + ", ".join("%s=%d" % (a, age_c[a]) for a in AGES))
    print("  genders: " + ", ".join("%s=%d" % (g, gen_c[g]) for g in GENDERS))
    if len(tr) != 88:
        err("triage: expected exactly 88 items, got %d" % len(tr))
    for d in DEPARTMENTS:
        if dep_c[d] != 4:
            err("triage: department %s has %d items (need exactly 4)" % (d, dep_c[d]))
    for a in AGES:
        if age_c[a] == 0:
            err("triage: age range %s unused" % a)
    for g in GENDERS:
        if gen_c[g] == 0:
            err("triage: gender %s unused" % g)

    # ---------------- emergency ----------------
    em = load("emergency")
    e_texts = common_checks("emergency", em, "e", ["id", "text", "emergency", "kind", "family"])
    kind_c = collections.Counter()
    fam_total, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in em:
        rid, e, k, fam = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not a bool" % rid)
        if k != "now" and k not in KINDS_NON:
            err("emergency %s: bad kind %r" % (rid, k))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r inconsistent with kind %r" % (rid, e, k))
        kind_c[k] += 1
        fam_total[fam] += 1
        if e is True:
            n_now += 1
            fam_now[fam] += 1
        else:
            n_non += 1
            fam_non[fam] += 1
    print("== emergency ==")
    print("items: %d (now %d, non %d)" % (len(em), n_now, n_non))
    for k in ["now"] + KINDS_NON:
        print("  %-24s %d" % (k, kind_c[k]))
    print("  %-26s %5s %5s %5s" % ("family", "total", "now", "non"))
    for fam in FAMILIES:
        print("  %-26s %5d %5d %5d" % (fam, fam_total[fam], fam_now[fam], fam_non[fam]))
    if n_now < 120:
        err("emergency: fewer than 120 now items")
    for fam in FAMILIES:
        if fam_now[fam] < 4:
            err("emergency: family %s has fewer than 4 now items" % fam)
    if n_non < 200:
        err("emergency: fewer than 200 non-emergencies")
    for k in KINDS_NON:
        if kind_c[k] < 15:
            err("emergency: kind %s has fewer than 15 items" % k)
    if len([f for f in FAMILIES if fam_non[f] > 0]) < 15:
        err("emergency: non-emergencies touch fewer than 15 families")

    # cross-task duplicate texts
    allt = {}
    for name, d in (("privacy", p_texts), ("triage", t_texts), ("emergency", e_texts)):
        for k, rid in d.items():
            if k in allt:
                err("duplicate text across tasks: %s and %s" % (allt[k], rid))
            allt[k] = rid

    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR: " + e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(pr), with_ids, trap_only, with_quasi, len(tr), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
