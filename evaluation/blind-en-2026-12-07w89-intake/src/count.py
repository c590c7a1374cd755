"""Check and count the writer-89 (prefix ca) blind test set. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ca"

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology",
               "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
               "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history",
         "hypothetical_or_general", "negated", "figure_of_speech", "medicine_question",
         "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def read(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
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


def common(task, rows, letter, fields):
    ids, texts = set(), set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        rid = r.get("id")
        if list(r.keys())[0] != "id":
            err("%s %s: id is not the first field" % (task, rid))
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (task, rid))
        ids.add(rid)
        if set(r.keys()) != {"id"} | set(fields):
            err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        key = " ".join(t.split()).lower()
        if key in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(key)
    expected = ["%s-%s%03d" % (PREFIX, letter, i) for i in range(1, len(rows) + 1)]
    if sorted(ids) != expected:
        err("%s: ids are not numbered 001..%03d" % (task, len(rows)))


def privacy():
    rows = read("privacy")
    common("privacy", rows, "p", ["text", "identifiers", "quasi"])
    by_type = collections.Counter()
    with_ids = trap = with_quasi = 0
    for r in rows:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(q, list):
            err("privacy %s: identifiers/quasi not lists" % rid)
            continue
        seen = set()
        for i in ids:
            if not isinstance(i, dict) or set(i.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, i))
                continue
            if i["type"] not in ID_TYPES:
                err("privacy %s: unknown type %r" % (rid, i["type"]))
            if not i["text"] or i["text"] not in text:
                err("privacy %s: identifier text %r not in text" % (rid, i["text"]))
            if i["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (rid, i["text"]))
            seen.add(i["text"])
            by_type[i["type"]] += 1
        for x in q:
            if not isinstance(x, dict) or set(x.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (rid, x))
                continue
            if not x["text"] or x["text"] not in text:
                err("privacy %s: quasi text %r not in text" % (rid, x["text"]))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1
    print("== privacy: %d items" % len(rows))
    for t in sorted(ID_TYPES):
        print("  %-14s %d" % (t, by_type[t]))
        if by_type[t] == 0:
            err("privacy: no identifier of type %s" % t)
    print("  items with identifiers: %d; trap-only: %d; with quasi: %d" % (with_ids, trap, with_quasi))
    if len(rows) < 260:
        err("privacy: fewer than 260 items")
    if with_ids < 150:
        err("privacy: fewer than 150 items with identifiers")
    if trap < 100:
        err("privacy: fewer than 100 trap-only items")
    if with_quasi < 15:
        err("privacy: fewer than 15 items with quasi")
    return len(rows), with_ids, trap, with_quasi


def triage():
    rows = read("triage")
    common("triage", rows, "t", ["text", "department", "age_range", "gender"])
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in rows:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("== triage: %d items" % len(rows))
    print("  departments:")
    for d in DEPARTMENTS:
        print("    %-22s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage: department %s has %d items (need exactly 4)" % (d, dep[d]))
    print("  age ranges: " + ", ".join("%s=%d" % (a, age[a]) for a in AGES))
    print("  genders: " + ", ".join("%s=%d" % (g, gen[g]) for g in GENDERS))
    if len(rows) != 88:
        err("triage: %d items (need exactly 88)" % len(rows))
    return len(rows)


def emergency():
    rows = read("emergency")
    common("emergency", rows, "e", ["text", "emergency", "kind", "family"])
    kind = collections.Counter()
    fam = collections.defaultdict(lambda: [0, 0, 0])
    for r in rows:
        rid = r.get("id")
        k, f, e = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % rid)
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kind[k] += 1
        fam[f][0] += 1
        fam[f][1 if k == "now" else 2] += 1
    now = kind["now"]
    non = len(rows) - now
    print("== emergency: %d items (%d now, %d non)" % (len(rows), now, non))
    print("  kinds:")
    for k in KINDS:
        print("    %-24s %d" % (k, kind[k]))
        if k != "now" and kind[k] < 15:
            err("emergency: kind %s has %d items (need >= 15)" % (k, kind[k]))
    print("  families (total / now / non):")
    for f in FAMILIES:
        t, n, o = fam[f]
        print("    %-26s %3d / %3d / %3d" % (f, t, n, o))
        if n < 1:
            err("emergency: family %s has no now item" % f)
        if o < 1:
            err("emergency: family %s has no non-emergency item" % f)
    if now < 120:
        err("emergency: fewer than 120 now items")
    if non < 200:
        err("emergency: fewer than 200 non-emergency items")
    return len(rows), now, non


if __name__ == "__main__":
    P, W, T, Q = privacy()
    N = triage()
    E, X, Y = emergency()
    for e in errors:
        print("ERROR: " + e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; "
          "emergency %d (%d now, %d non)" % (P, W, T, Q, N, E, X, Y))
    sys.exit(1 if errors else 0)
