"""Check the writer-79 jsonl files and print counts. Standard library only. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bp"

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
                err("%s line %d: blank line" % (task, n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s line %d: bad json: %s" % (task, n, e))
    return rows


def check_common(task, rows, seen_texts):
    id_re = re.compile(r"^%s-%s\d{3}$" % (PREFIX, LETTER[task]))
    ids = set()
    for r in rows:
        rid = r.get("id", "?")
        if set(r.keys()) != FIELDS[task]:
            err("%s %s: fields %s != %s" % (task, rid, sorted(r.keys()), sorted(FIELDS[task])))
        if not isinstance(rid, str) or not id_re.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (task, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty or non-string text" % (task, rid))
            continue
        key = t.strip().lower()
        if key in seen_texts:
            err("%s %s: duplicate text (also %s)" % (task, rid, seen_texts[key]))
        else:
            seen_texts[key] = rid


def main():
    seen = {}
    priv = load("privacy")
    tri = load("triage")
    emg = load("emergency")
    check_common("privacy", priv, seen)
    check_common("triage", tri, seen)
    check_common("emergency", emg, seen)

    # privacy
    type_counts = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        rid, text = r.get("id"), r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list):
            err("privacy %s: identifiers not a list" % rid)
            idents = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        pairs = set()
        for ident in idents:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"]:
                err("privacy %s: empty identifier text" % rid)
                continue
            if ident["text"] not in text:
                err("privacy %s: identifier %r not in text" % (rid, ident["text"]))
            if ident["text"] in pairs:
                err("privacy %s: identifier %r listed twice" % (rid, ident["text"]))
            pairs.add(ident["text"])
            type_counts[ident["type"]] += 1
        qs = set()
        for q in quasi:
            if not isinstance(q, str) or not q:
                err("privacy %s: bad quasi %r" % (rid, q))
                continue
            if q not in text:
                err("privacy %s: quasi %r not in text" % (rid, q))
            if q in qs:
                err("privacy %s: quasi %r listed twice" % (rid, q))
            qs.add(q)
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1

    # triage
    dept_counts = collections.Counter()
    age_counts = collections.Counter()
    gender_counts = collections.Counter()
    for r in tri:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dept_counts[r.get("department")] += 1
        age_counts[r.get("age_range")] += 1
        gender_counts[r.get("gender")] += 1

    # emergency
    kind_counts = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_now = n_non = 0
    for r in emg:
        rid = r.get("id")
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % rid)
        if k != "now" and k not in NON_KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kind_counts[k] += 1
        if k == "now":
            n_now += 1
            fam_now[fam] += 1
        else:
            n_non += 1
            fam_non[fam] += 1

    print("== privacy identifier types")
    for t in sorted(ID_TYPES):
        print("  %-15s %d" % (t, type_counts[t]))
    print("== triage departments")
    for d in DEPARTMENTS:
        print("  %-22s %d" % (d, dept_counts[d]))
    print("== triage age ranges")
    for a in AGES:
        print("  %-6s %d" % (a, age_counts[a]))
    print("== triage genders")
    for g in GENDERS:
        print("  %-12s %d" % (g, gender_counts[g]))
    print("== emergency kinds")
    for k in ["now"] + NON_KINDS:
        print("  %-24s %d" % (k, kind_counts[k]))
    print("== emergency families (now / non)")
    for fam in FAMILIES:
        print("  %-28s %d / %d" % (fam, fam_now[fam], fam_non[fam]))

    if errors:
        print("== ERRORS (%d)" % len(errors))
        for e in errors:
            print("  " + e)
    else:
        print("== no errors")
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
