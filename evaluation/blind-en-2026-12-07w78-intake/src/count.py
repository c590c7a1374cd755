"""Check and count the writer-78 test set. Standard library only."""
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
KINDS = {"now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}
PREFIX = "bo"

errors = []


def err(msg):
    errors.append(msg)


def load(task):
    rows = []
    path = os.path.join(OUT, task + ".jsonl")
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
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def check_ids(task, letter, rows):
    seen = set()
    for i, r in enumerate(rows, 1):
        want = "%s-%s%03d" % (PREFIX, letter, i)
        if r.get("id") != want:
            err("%s row %d: id %r, expected %r" % (task, i, r.get("id"), want))
        if r.get("id") in seen:
            err("%s: duplicate id %r" % (task, r.get("id")))
        seen.add(r.get("id"))


def main():
    privacy = load("privacy")
    triage = load("triage")
    emergency = load("emergency")
    check_ids("privacy", "p", privacy)
    check_ids("triage", "t", triage)
    check_ids("emergency", "e", emergency)

    all_texts = collections.Counter()
    for task, rows in (("privacy", privacy), ("triage", triage), ("emergency", emergency)):
        for r in rows:
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err("%s %s: empty or non-string text" % (task, r.get("id")))
                continue
            all_texts[t.strip()] += 1
    for t, c in all_texts.items():
        if c > 1:
            err("duplicate text (%d times): %r" % (c, t[:80]))

    # privacy
    id_counts = collections.Counter()
    n_with = n_trap = n_quasi = 0
    for r in privacy:
        rid = r.get("id")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: fields %s" % (rid, sorted(r)))
            continue
        text = r["text"]
        ids = r["identifiers"]
        quasi = r["quasi"]
        if not isinstance(ids, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        pairs = set()
        texts_seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"] or ident["text"] not in text:
                err("privacy %s: identifier text not a substring: %r" % (rid, ident["text"]))
            if ident["text"] in texts_seen:
                err("privacy %s: identifier listed twice: %r" % (rid, ident["text"]))
            texts_seen.add(ident["text"])
            pairs.add((ident["type"], ident["text"]))
            id_counts[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi text not a substring: %r" % (rid, q))
        if len(set(quasi)) != len(quasi):
            err("privacy %s: quasi listed twice" % rid)
        if ids:
            n_with += 1
        else:
            n_trap += 1
        if quasi:
            n_quasi += 1

    # triage
    dept_c = collections.Counter()
    age_c = collections.Counter()
    gen_c = collections.Counter()
    for r in triage:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: fields %s" % (rid, sorted(r)))
            continue
        if r["department"] not in DEPTS:
            err("triage %s: bad department %r" % (rid, r["department"]))
        if r["age_range"] not in AGES:
            err("triage %s: bad age_range %r" % (rid, r["age_range"]))
        if r["gender"] not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r["gender"]))
        dept_c[r["department"]] += 1
        age_c[r["age_range"]] += 1
        gen_c[r["gender"]] += 1

    # emergency
    kind_c = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_now = n_non = 0
    for r in emergency:
        rid = r.get("id")
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: fields %s" % (rid, sorted(r)))
            continue
        if not isinstance(r["emergency"], bool):
            err("emergency %s: emergency must be bool" % rid)
        if r["kind"] not in KINDS:
            err("emergency %s: bad kind %r" % (rid, r["kind"]))
        if r["family"] not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, r["family"]))
        if (r["kind"] == "now") != (r["emergency"] is True):
            err("emergency %s: emergency=%r but kind=%r" % (rid, r["emergency"], r["kind"]))
        kind_c[r["kind"]] += 1
        if r["emergency"] is True:
            n_now += 1
            fam_now[r["family"]] += 1
        else:
            n_non += 1
            fam_non[r["family"]] += 1

    def show(title, counter, keys=None):
        print(title)
        for k in (keys if keys is not None else sorted(counter)):
            print("  %-26s %d" % (k, counter.get(k, 0)))

    show("privacy identifier types:", id_counts, sorted(ID_TYPES))
    show("triage departments:", dept_c, sorted(DEPTS))
    show("triage age ranges:", age_c, ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    show("triage genders:", gen_c, sorted(GENDERS))
    show("emergency kinds:", kind_c, ["now"] + sorted(KINDS - {"now"}))
    show("emergency families (now):", fam_now, sorted(FAMILIES))
    show("emergency families (non):", fam_non, sorted(FAMILIES))

    # floors from the brief (reported as errors if missed)
    if len(privacy) < 260:
        err("privacy: %d items < 260" % len(privacy))
    if n_with < 150:
        err("privacy: %d with identifiers < 150" % n_with)
    if n_trap < 100:
        err("privacy: %d trap-only < 100" % n_trap)
    if n_quasi < 15:
        err("privacy: %d with quasi < 15" % n_quasi)
    if len(triage) != 88:
        err("triage: %d items != 88" % len(triage))
    for d in DEPTS:
        if dept_c.get(d, 0) != 4:
            err("triage: department %s has %d items, expected 4" % (d, dept_c.get(d, 0)))
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    for f in FAMILIES:
        if fam_now.get(f, 0) < 1:
            err("emergency: family %s has no now items" % f)
    for k in KINDS - {"now"}:
        if kind_c.get(k, 0) < 15:
            err("emergency: kind %s has %d items < 15" % (k, kind_c.get(k, 0)))

    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR: " + e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(privacy), n_with, n_trap, n_quasi, len(triage), len(emergency), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
