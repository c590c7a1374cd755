"""Check and count the writer-115 test set. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    rows = []
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err("missing file " + name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    return rows


def check_common(rows, name, keys, prefix):
    seen_text, seen_id = set(), set()
    for i, r in enumerate(rows, 1):
        if set(r) != set(keys):
            err("%s row %d: fields %s" % (name, i, sorted(r)))
        rid = r.get("id")
        if rid != "%s%03d" % (prefix, i):
            err("%s row %d: id %r" % (name, i, rid))
        if rid in seen_id:
            err("%s: duplicate id %s" % (name, rid))
        seen_id.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
        elif t in seen_text:
            err("%s %s: duplicate text" % (name, rid))
        seen_text.add(t)


def show(title, counter, order=None):
    keys = order if order else sorted(counter)
    print("  %s: " % title + ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys))


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")

    # privacy
    check_common(priv, "privacy", ["id", "text", "identifiers", "quasi"], "da-p")
    by_type = Counter()
    with_ids = trap = with_quasi = 0
    for r in priv:
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
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r.get("id"), d["type"]))
            if not d["text"] or d["text"] not in t:
                err("privacy %s: identifier not in text: %r" % (r.get("id"), d["text"]))
            if (d["type"], d["text"]) in seen:
                err("privacy %s: repeated identifier %r" % (r.get("id"), d["text"]))
            seen.add((d["type"], d["text"]))
            by_type[d["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi not in text: %r" % (r.get("id"), s))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1
    items_by_type = Counter()
    for r in priv:
        for ty in set(d.get("type") for d in r.get("identifiers", []) if isinstance(d, dict)):
            items_by_type[ty] += 1
    print("privacy: %d rows" % len(priv))
    show("identifier spans by type", by_type, ID_TYPES)
    show("items containing type", items_by_type, ID_TYPES)
    if len(priv) < 260:
        err("privacy: fewer than 260 items")
    if with_ids < 150:
        err("privacy: fewer than 150 items with identifiers")
    if trap < 100:
        err("privacy: fewer than 100 trap-only items")
    if with_quasi < 15:
        err("privacy: fewer than 15 items with quasi")
    for ty in ID_TYPES:
        if ty != "name" and items_by_type[ty] < 5:
            err("privacy: type %s in fewer than 5 items" % ty)
        if ty != "name" and by_type[ty] >= by_type["name"]:
            err("privacy: names are not the most frequent type")

    # triage
    check_common(tri, "triage", ["id", "text", "department", "age_range", "gender"], "da-t")
    dep, age, gen = Counter(), Counter(), Counter()
    for r in tri:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("triage: %d rows" % len(tri))
    show("department", dep, DEPTS)
    show("age_range", age, AGES)
    show("gender", gen, GENDERS)
    if len(tri) != 88:
        err("triage: not exactly 88 items")
    for d in DEPTS:
        if dep[d] != 4:
            err("triage: department %s has %d items (want 4)" % (d, dep[d]))

    # emergency
    check_common(emg, "emergency", ["id", "text", "emergency", "kind", "family"], "da-e")
    kind, fam_now, fam_non = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in emg:
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if e is True:
            n_now += 1
            if k != "now":
                err("emergency %s: emergency true but kind %r" % (r.get("id"), k))
            fam_now[f] += 1
        elif e is False:
            n_non += 1
            if k not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (r.get("id"), k))
            fam_non[f] += 1
        else:
            err("emergency %s: emergency not boolean" % r.get("id"))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (r.get("id"), f))
        kind[k] += 1
    print("emergency: %d rows (%d now, %d non)" % (len(emg), n_now, n_non))
    show("kind", kind, ["now"] + NON_KINDS)
    show("family (now)", fam_now, FAMILIES)
    show("family (non)", fam_non, FAMILIES)
    if n_now < 120:
        err("emergency: fewer than 120 now items")
    if n_non < 200:
        err("emergency: fewer than 200 non-emergency items")
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d now items (want >=4)" % (f, fam_now[f]))
    for k in NON_KINDS:
        if kind[k] < 15:
            err("emergency: kind %s has %d items (want >=15)" % (k, kind[k]))

    for e in errors:
        print("ERROR: " + e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap, with_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
