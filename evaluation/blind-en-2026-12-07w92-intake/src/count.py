"""Check and count the blind test set for writer 92. Standard library only."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

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


def load(name):
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s line %d: bad JSON (%s)" % (name, n, e))
    except OSError as e:
        err("cannot read %s: %s" % (path, e))
    return rows


def check_common(rows, task, letter, fields):
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith("cd-" + letter) or len(rid) != 7 or not rid[4:].isdigit():
            err("%s: bad id %r" % (task, rid))
        if list(r.keys())[:1] != ["id"]:
            err("%s %s: id is not the first field" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (task, rid))
        ids.add(rid)
        if set(r.keys()) != set(["id"] + fields):
            err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        key = " ".join(t.lower().split())
        if key in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(key)


def show(title, counter, order):
    print(title)
    for k in order:
        print("  %-28s %d" % (k, counter.get(k, 0)))
    for k in counter:
        if k not in order:
            print("  %-28s %d  (UNKNOWN)" % (k, counter[k]))


def main():
    # privacy
    priv = load("privacy")
    check_common(priv, "privacy", "p", ["text", "identifiers", "quasi"])
    type_count = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        rid, t = r.get("id"), r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list):
            err("privacy %s: identifiers not a list" % rid)
            idents = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen = set()
        for d in idents:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: unknown type %r" % (rid, d["type"]))
            if not isinstance(d["text"], str) or not d["text"] or d["text"] not in t:
                err("privacy %s: identifier text %r not in text" % (rid, d["text"]))
            if d["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (rid, d["text"]))
            seen.add(d["text"])
            type_count[d["type"]] += 1
        for q in quasi:
            if not isinstance(q, dict) or set(q.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (rid, q))
                continue
            if not isinstance(q["text"], str) or not q["text"] or q["text"] not in t:
                err("privacy %s: quasi text %r not in text" % (rid, q["text"]))
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    show("privacy identifiers by type:", type_count, ID_TYPES)
    print("privacy items: %d (with identifiers %d, trap-only %d, with quasi %d)"
          % (len(priv), with_ids, trap_only, with_quasi))
    if len(priv) < 260:
        err("privacy: %d items < 260" % len(priv))
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)

    # triage
    tri = load("triage")
    check_common(tri, "triage", "t", ["text", "department", "age_range", "gender"])
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: unknown department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: unknown age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: unknown gender %r" % (rid, r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    show("triage by department:", dep, DEPARTMENTS)
    show("triage by age range:", age, AGES)
    show("triage by gender:", gen, GENDERS)
    if len(tri) != 88:
        err("triage: %d items != 88" % len(tri))
    for d in DEPARTMENTS:
        if dep.get(d, 0) != 4:
            err("triage: department %s has %d items != 4" % (d, dep.get(d, 0)))

    # emergency
    emer = load("emergency")
    check_common(emer, "emergency", "e", ["text", "emergency", "kind", "family"])
    kind_c = collections.Counter()
    fam_tot, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    for r in emer:
        rid, e, k, fam = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not boolean" % rid)
        if k not in KINDS:
            err("emergency %s: unknown kind %r" % (rid, k))
        if fam not in FAMILIES:
            err("emergency %s: unknown family %r" % (rid, fam))
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kind_c[k] += 1
        fam_tot[fam] += 1
        if e is True:
            fam_now[fam] += 1
        else:
            fam_non[fam] += 1
    show("emergency by kind:", kind_c, KINDS)
    print("emergency by family (total / now / non):")
    for f in FAMILIES:
        print("  %-28s %3d / %3d / %3d" % (f, fam_tot.get(f, 0), fam_now.get(f, 0), fam_non.get(f, 0)))
    n_now = sum(fam_now.values())
    n_non = sum(fam_non.values())
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    for f in FAMILIES:
        if fam_now.get(f, 0) < 1:
            err("emergency: family %s has no now item" % f)
    for k in KINDS[1:]:
        if kind_c.get(k, 0) < 15:
            err("emergency: kind %s has %d < 15" % (k, kind_c.get(k, 0)))

    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(emer), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
