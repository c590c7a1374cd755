"""Check and count the writer-114 test set. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    return rows


def common(name, rows, keys, prefix):
    seen_ids, seen_texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != set(keys):
            err("%s %s: fields %s" % (name, rid, sorted(r.keys())))
        if not isinstance(rid, str) or not rid.startswith(prefix):
            err("%s: bad id %r" % (name, rid))
        if rid in seen_ids:
            err("%s: duplicate id %s" % (name, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
        elif t in seen_texts:
            err("%s %s: duplicate text" % (name, rid))
        seen_texts.add(t)
    return seen_texts


def show(title, counter, order=None):
    keys = order if order else sorted(counter)
    print("  %s: %s" % (title, ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys)))


def main():
    # privacy
    prows = load("privacy")
    ptexts = common("privacy", prows, ["id", "text", "identifiers", "quasi"], "cz-p")
    types, with_ids, trap_only, with_quasi = Counter(), 0, 0, 0
    for r in prows:
        t = r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % r.get("id"))
            ids = []
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % r.get("id"))
            q = []
        seen = set()
        for i in ids:
            if not isinstance(i, dict) or set(i.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), i))
                continue
            if i["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r.get("id"), i["type"]))
            if not i["text"] or i["text"] not in t:
                err("privacy %s: identifier not in text: %r" % (r.get("id"), i["text"]))
            if (i["type"], i["text"]) in seen:
                err("privacy %s: identifier listed twice: %r" % (r.get("id"), i["text"]))
            seen.add((i["type"], i["text"]))
            types[i["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi not in text: %r" % (r.get("id"), s))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if q:
            with_quasi += 1
    items_by_type = Counter()
    for r in prows:
        for ty in set(i.get("type") for i in r.get("identifiers", []) if isinstance(i, dict)):
            items_by_type[ty] += 1
    print("privacy: %d rows" % len(prows))
    show("identifier spans by type", types, ID_TYPES)
    show("items containing type", items_by_type, ID_TYPES)
    print("  with identifiers=%d, trap-only=%d, with quasi=%d" % (with_ids, trap_only, with_quasi))
    if len(prows) < 260: err("privacy: fewer than 260 rows")
    if with_ids < 150: err("privacy: fewer than 150 with identifiers")
    if trap_only < 100: err("privacy: fewer than 100 trap-only")
    if with_quasi < 15: err("privacy: fewer than 15 with quasi")
    for ty in ID_TYPES:
        if ty != "name" and items_by_type[ty] < 5:
            err("privacy: fewer than 5 items with %s" % ty)
        if ty != "name" and types[ty] >= types["name"]:
            err("privacy: name is not the most frequent type (%s)" % ty)

    # triage
    trows = load("triage")
    ttexts = common("triage", trows, ["id", "text", "department", "age_range", "gender"], "cz-t")
    dep, age, gen = Counter(), Counter(), Counter()
    for r in trows:
        if r.get("department") not in DEPTS: err("triage %s: bad department" % r.get("id"))
        if r.get("age_range") not in AGES: err("triage %s: bad age_range" % r.get("id"))
        if r.get("gender") not in GENDERS: err("triage %s: bad gender" % r.get("id"))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("triage: %d rows" % len(trows))
    show("department", dep, DEPTS)
    show("age_range", age, AGES)
    show("gender", gen, GENDERS)
    if len(trows) != 88: err("triage: not exactly 88 rows")
    for d in DEPTS:
        if dep[d] != 4: err("triage: department %s has %d items, not 4" % (d, dep[d]))

    # emergency
    erows = load("emergency")
    etexts = common("emergency", erows, ["id", "text", "emergency", "kind", "family"], "cz-e")
    kinds, fam_now, fam_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in erows:
        e, k, fa = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool): err("emergency %s: emergency not bool" % r.get("id"))
        if fa not in FAMILIES: err("emergency %s: bad family %r" % (r.get("id"), fa))
        if e is True:
            n_now += 1
            fam_now[fa] += 1
            if k != "now": err("emergency %s: true but kind %r" % (r.get("id"), k))
        else:
            n_non += 1
            fam_non[fa] += 1
            if k not in NON_KINDS: err("emergency %s: bad non kind %r" % (r.get("id"), k))
        kinds[k] += 1
    print("emergency: %d rows (%d now, %d non)" % (len(erows), n_now, n_non))
    show("kind", kinds, ["now"] + NON_KINDS)
    show("family (now)", fam_now, FAMILIES)
    show("family (non)", fam_non, FAMILIES)
    if n_now < 120: err("emergency: fewer than 120 now")
    if n_non < 200: err("emergency: fewer than 200 non")
    for fa in FAMILIES:
        if fam_now[fa] < 4: err("emergency: family %s has %d now items" % (fa, fam_now[fa]))
    for k in NON_KINDS:
        if kinds[k] < 15: err("emergency: kind %s has %d items" % (k, kinds[k]))

    # texts across tasks
    for a, b, an, bn in ((ptexts, ttexts, "privacy", "triage"), (ptexts, etexts, "privacy", "emergency"),
                         (ttexts, etexts, "triage", "emergency")):
        for t in a & b:
            err("text appears in both %s and %s: %r" % (an, bn, t[:60]))

    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; "
          "emergency %d (%d now, %d non)" % (len(prows), with_ids, trap_only, with_quasi,
                                              len(trows), len(erows), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
