"""Check the built jsonl files and print counts. Standard library only; exits non-zero on any error."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    if not os.path.exists(path):
        err("missing file " + path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    return rows


def common(rows, name, prefix, fields):
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(prefix):
            err("%s: bad id %r" % (name, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (name, rid))
        ids.add(rid)
        if set(r) != fields:
            err("%s %s: fields %s != %s" % (name, rid, sorted(r), sorted(fields)))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
            continue
        key = " ".join(t.split()).lower()
        if key in texts:
            err("%s %s: duplicate text" % (name, rid))
        texts.add(key)


def show(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items()):
        print("    %-28s %d" % (k, v))


def main():
    priv = load("privacy")
    tri = load("triage")
    em = load("emergency")

    # privacy
    common(priv, "privacy", "bj-p", {"id", "text", "identifiers", "quasi"})
    types = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        t = r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi must be lists" % r.get("id"))
            continue
        seen = set()
        for ident in idents:
            if not isinstance(ident, dict) or set(ident) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r.get("id"), ident["type"]))
            if not ident["text"] or ident["text"] not in t:
                err("privacy %s: identifier %r not in text" % (r.get("id"), ident["text"]))
            if ident["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (r.get("id"), ident["text"]))
            seen.add(ident["text"])
            types[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in t:
                err("privacy %s: quasi %r not in text" % (r.get("id"), q))
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1

    # triage
    common(tri, "triage", "bj-t", {"id", "text", "department", "age_range", "gender"})
    depts, ages, genders = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
        depts[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        genders[r.get("gender")] += 1

    # emergency
    common(em, "emergency", "bj-e", {"id", "text", "emergency", "kind", "family"})
    kinds, fams_now, fams_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in em:
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency must be bool" % r.get("id"))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (r.get("id"), fam))
        if e is True:
            if k != "now":
                err("emergency %s: emergency true but kind %r" % (r.get("id"), k))
            n_now += 1
            fams_now[fam] += 1
        else:
            if k not in NON_KINDS:
                err("emergency %s: non-emergency with kind %r" % (r.get("id"), k))
            n_non += 1
            fams_non[fam] += 1
        kinds[k] += 1

    print("privacy: %d rows" % len(priv))
    show("identifier types", types)
    print("triage: %d rows" % len(tri))
    show("departments", depts)
    show("age_range", ages)
    show("gender", genders)
    print("emergency: %d rows" % len(em))
    show("kind", kinds)
    show("family (now)", fams_now)
    show("family (non-emergency)", fams_non)

    if errors:
        print("ERRORS (%d):" % len(errors))
        for m in errors:
            print("  " + m)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
