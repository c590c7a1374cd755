"""Check and count the writer-90 test set. Standard library only. Exits non-zero on any error."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def read(task):
    rows = []
    path = os.path.join(OUT, task + ".jsonl")
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def check_common(task, rows, prefix, keys):
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(prefix) or len(rid) != len(prefix) + 3 \
                or not rid[len(prefix):].isdigit():
            err("%s: bad id %r" % (task, rid))
        if list(r.keys())[:1] != ["id"]:
            err("%s %s: id is not the first field" % (task, rid))
        if set(r.keys()) != set(keys):
            err("%s %s: fields %s != %s" % (task, rid, sorted(r.keys()), sorted(keys)))
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
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def main():
    # privacy
    priv = read("privacy")
    check_common("privacy", priv, "cb-p", ["id", "text", "identifiers", "quasi"])
    by_type = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
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
                err("privacy %s: identifier %r not in text" % (rid, ident["text"]))
            if ident["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (rid, ident["text"]))
            seen.add(ident["text"])
            by_type[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, dict) or set(q.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (rid, q))
                continue
            if not q["text"] or q["text"] not in text:
                err("privacy %s: quasi %r not in text" % (rid, q["text"]))
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    missing_types = ID_TYPES - set(by_type)
    if missing_types:
        err("privacy: identifier types never used: %s" % sorted(missing_types))
    if len(priv) < 260:
        err("privacy: %d items < 260" % len(priv))
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    show("privacy identifiers by type:", by_type, sorted(ID_TYPES))

    # triage
    tri = read("triage")
    check_common("triage", tri, "cb-t", ["id", "text", "department", "age_range", "gender"])
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
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
    if len(tri) != 88:
        err("triage: %d items != 88" % len(tri))
    for d in DEPARTMENTS:
        if dep.get(d, 0) != 4:
            err("triage: department %s has %d items != 4" % (d, dep.get(d, 0)))
    show("triage by department:", dep, DEPARTMENTS)
    show("triage by age range:", age, AGES)
    show("triage by gender:", gen, GENDERS)

    # emergency
    em = read("emergency")
    check_common("emergency", em, "cb-e", ["id", "text", "emergency", "kind", "family"])
    kinds = collections.Counter()
    fam_total, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    for r in em:
        rid = r.get("id")
        k, f, e = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        if not isinstance(e, bool):
            err("emergency %s: emergency must be true/false" % rid)
        elif e != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kinds[k] += 1
        fam_total[f] += 1
        if k == "now":
            fam_now[f] += 1
        else:
            fam_non[f] += 1
    n_now = kinds.get("now", 0)
    n_non = len(em) - n_now
    if n_now < 120:
        err("emergency: %d now items < 120" % n_now)
    for f in FAMILIES:
        if fam_now.get(f, 0) < 1:
            err("emergency: family %s has no now item" % f)
    if n_non < 200:
        err("emergency: %d non-emergencies < 200" % n_non)
    for k in KINDS[1:]:
        if kinds.get(k, 0) < 15:
            err("emergency: kind %s has %d items < 15" % (k, kinds.get(k, 0)))
    show("emergency by kind:", kinds, KINDS)
    print("emergency by family (total / now / non):")
    for f in FAMILIES:
        print("  %-28s %d / %d / %d" % (f, fam_total.get(f, 0), fam_now.get(f, 0), fam_non.get(f, 0)))

    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(em), n_now, n_non))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
