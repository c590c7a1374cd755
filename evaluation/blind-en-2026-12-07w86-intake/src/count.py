"""Check and count the blind test set for writer 86. Standard library only."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bw"

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


def read(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def check_common(task, letter, rows, keys):
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if list(r.keys())[:1] != ["id"]:
            err("%s: id is not the first field in %r" % (task, rid))
        if set(r.keys()) != set(keys):
            err("%s %s: fields %s, expected %s" % (task, rid, sorted(r.keys()), sorted(keys)))
        if not (isinstance(rid, str) and rid.startswith("%s-%s" % (PREFIX, letter)) and len(rid) == len(PREFIX) + 5
                and rid[-3:].isdigit()):
            err("%s: bad id %r" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (task, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
        elif t in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(t)


def show(title, counter, order=None):
    print("  %s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-26s %d" % (k, counter.get(k, 0)))


def main():
    # privacy
    prv = read("privacy")
    check_common("privacy", "p", prv, ["id", "text", "identifiers", "quasi"])
    type_c = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in prv:
        rid, text = r.get("id"), r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        seen = set()
        for ident in idents:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: unknown type %r" % (rid, ident["type"]))
            if not ident["text"] or ident["text"] not in text:
                err("privacy %s: identifier %r not a substring of text" % (rid, ident["text"]))
            if ident["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (rid, ident["text"]))
            seen.add(ident["text"])
            type_c[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, dict) or set(q.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (rid, q))
                continue
            if not q["text"] or q["text"] not in text:
                err("privacy %s: quasi %r not a substring of text" % (rid, q["text"]))
        if idents:
            with_ids += 1
        elif not quasi:
            trap_only += 1
        if quasi:
            with_quasi += 1
    print("privacy: %d items" % len(prv))
    show("identifier types", type_c, ID_TYPES)
    print("  with identifiers %d, trap-only %d, with quasi %d" % (with_ids, trap_only, with_quasi))
    if len(prv) < 260:
        err("privacy: fewer than 260 items")
    if with_ids < 150:
        err("privacy: fewer than 150 items with identifiers")
    if trap_only < 100:
        err("privacy: fewer than 100 trap-only items")
    if with_quasi < 15:
        err("privacy: fewer than 15 items with quasi")
    for t in ID_TYPES:
        if type_c[t] == 0:
            err("privacy: identifier type %s never used" % t)

    # triage
    tri = read("triage")
    check_common("triage", "t", tri, ["id", "text", "department", "age_range", "gender"])
    dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: unknown department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: unknown age range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: unknown gender %r" % (rid, r.get("gender")))
        dep_c[r.get("department")] += 1
        age_c[r.get("age_range")] += 1
        gen_c[r.get("gender")] += 1
    print("triage: %d items" % len(tri))
    show("departments", dep_c, DEPARTMENTS)
    show("age ranges", age_c, AGES)
    show("genders", gen_c, GENDERS)
    if len(tri) != 88:
        err("triage: expected exactly 88 items, got %d" % len(tri))
    for d in DEPARTMENTS:
        if dep_c[d] != 4:
            err("triage: department %s has %d items, expected 4" % (d, dep_c[d]))

    # emergency
    emg = read("emergency")
    check_common("emergency", "e", emg, ["id", "text", "emergency", "kind", "family"])
    kind_c = collections.Counter()
    fam_tot, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    for r in emg:
        rid = r.get("id")
        kind, fam, em = r.get("kind"), r.get("family"), r.get("emergency")
        if kind not in KINDS:
            err("emergency %s: unknown kind %r" % (rid, kind))
        if fam not in FAMILIES:
            err("emergency %s: unknown family %r" % (rid, fam))
        if not isinstance(em, bool):
            err("emergency %s: emergency must be true/false" % rid)
        elif em != (kind == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, em, kind))
        kind_c[kind] += 1
        fam_tot[fam] += 1
        if kind == "now":
            fam_now[fam] += 1
        else:
            fam_non[fam] += 1
    n_now = kind_c["now"]
    n_non = len(emg) - n_now
    print("emergency: %d items (%d now, %d non)" % (len(emg), n_now, n_non))
    show("kinds", kind_c, KINDS)
    print("  families (total / now / non):")
    for f in FAMILIES:
        print("    %-26s %3d / %3d / %3d" % (f, fam_tot[f], fam_now[f], fam_non[f]))
    if n_now < 120:
        err("emergency: fewer than 120 now items")
    if n_non < 200:
        err("emergency: fewer than 200 non-emergency items")
    for f in FAMILIES:
        if fam_now[f] < 1:
            err("emergency: family %s has no now item" % f)
    for k in KINDS[1:]:
        if kind_c[k] < 15:
            err("emergency: kind %s has %d items, expected at least 15" % (k, kind_c[k]))

    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(prv), with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
