"""Check and count the writer-82 test set. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bs"

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
CODES = {"privacy": "p", "triage": "t", "emergency": "e"}

errors = []


def err(msg):
    errors.append(msg)


def load(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    err("%s line %d: blank line" % (task, n))
                    continue
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s line %d: bad json (%s)" % (task, n, e))
    except OSError as e:
        err("cannot read %s: %s" % (path, e))
    return rows


def check_common(task, rows, seen_texts):
    ids = set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, CODES[task]))
    for r in rows:
        rid = r.get("id", "?")
        if set(r.keys()) != FIELDS[task]:
            err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (task, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        key = " ".join(t.split()).lower()
        if key in seen_texts:
            err("%s %s: duplicate text (also %s)" % (task, rid, seen_texts[key]))
        else:
            seen_texts[key] = rid


def main():
    seen_texts = {}
    priv = load("privacy")
    tri = load("triage")
    emer = load("emergency")
    check_common("privacy", priv, seen_texts)
    check_common("triage", tri, seen_texts)
    check_common("emergency", emer, seen_texts)

    # privacy
    by_type = collections.Counter()
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
            if not isinstance(ident["text"], str) or not ident["text"] or ident["text"] not in text:
                err("privacy %s: identifier text not a substring: %r" % (rid, ident["text"]))
            if ident["text"] in {p[1] for p in pairs}:
                err("privacy %s: identifier listed twice: %r" % (rid, ident["text"]))
            pairs.add((ident["type"], ident["text"]))
            by_type[ident["type"]] += 1
        qseen = set()
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi text not a substring: %r" % (rid, q))
            if q in qseen:
                err("privacy %s: quasi listed twice: %r" % (rid, q))
            qseen.add(q)
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1

    # triage
    by_dept = collections.Counter()
    by_age = collections.Counter()
    by_gender = collections.Counter()
    for r in tri:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        by_dept[r.get("department")] += 1
        by_age[r.get("age_range")] += 1
        by_gender[r.get("gender")] += 1

    # emergency
    by_kind = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_now = n_non = 0
    for r in emer:
        rid = r.get("id")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err("emergency %s: emergency not bool" % rid)
        if kind != "now" and kind not in NON_KINDS:
            err("emergency %s: bad kind %r" % (rid, kind))
        if (em is True) != (kind == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, em, kind))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        by_kind[kind] += 1
        if em is True:
            n_now += 1
            fam_now[fam] += 1
        else:
            n_non += 1
            fam_non[fam] += 1

    def show(title, counter, order=None):
        print(title)
        keys = order if order else sorted(counter)
        for k in keys:
            print("  %-28s %d" % (k, counter.get(k, 0)))

    show("privacy identifiers by type:", by_type, sorted(ID_TYPES))
    show("triage by department:", by_dept, sorted(DEPARTMENTS))
    show("triage by age range:", by_age, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    show("triage by gender:", by_gender, ["female", "male", "other", "undisclosed"])
    show("emergency by kind:", by_kind, ["now"] + sorted(NON_KINDS))
    show("emergency now by family:", fam_now, sorted(FAMILIES))
    show("emergency non by family:", fam_non, sorted(FAMILIES))

    # floors from the brief (reported as warnings-as-errors)
    if len(priv) < 260: err("privacy: fewer than 260 items")
    if with_ids < 150: err("privacy: fewer than 150 items with identifiers")
    if trap_only < 100: err("privacy: fewer than 100 trap-only items")
    if with_quasi < 15: err("privacy: fewer than 15 items with quasi")
    if len(tri) != 88: err("triage: not exactly 88 items")
    for d in DEPARTMENTS:
        if by_dept.get(d, 0) != 4: err("triage: department %s has %d items" % (d, by_dept.get(d, 0)))
    if n_now < 120: err("emergency: fewer than 120 now items")
    for f in FAMILIES:
        if fam_now.get(f, 0) == 0: err("emergency: no now item for family %s" % f)
    if n_non < 200: err("emergency: fewer than 200 non-emergencies")
    for k in NON_KINDS:
        if by_kind.get(k, 0) < 15: err("emergency: kind %s has fewer than 15 items" % k)

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    else:
        print("ERRORS: none")
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(emer), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
