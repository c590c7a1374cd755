"""Check the built JSONL files of writer 103 and print counts. Standard library only."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "co"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = [
    "cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
    "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
    "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
    "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition",
]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = [
    "heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
    "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
    "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
    "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
    "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina",
]

errors = []


def err(msg):
    errors.append(msg)


def read(task):
    path = os.path.join(OUT, task + ".jsonl")
    items = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return items
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s line %d: empty line" % (task, n))
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return items


def check_common(task, items, letter, fields):
    seen_ids, seen_texts = set(), set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for it in items:
        iid = it.get("id", "?")
        if set(it.keys()) != set(fields):
            err("%s %s: fields %s != %s" % (task, iid, sorted(it.keys()), sorted(fields)))
        if not isinstance(iid, str) or not pat.match(iid):
            err("%s: bad id %r" % (task, iid))
        if iid in seen_ids:
            err("%s: duplicate id %s" % (task, iid))
        seen_ids.add(iid)
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            err("%s %s: empty or non-string text" % (task, iid))
            continue
        key = " ".join(text.split()).lower()
        if key in seen_texts:
            err("%s %s: duplicate text" % (task, iid))
        seen_texts.add(key)
    return seen_texts


def show(title, counter, order=None):
    print("  %s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %d" % (k, counter.get(k, 0)))


def main():
    # ---------------- privacy ----------------
    priv = read("privacy")
    t_priv = check_common("privacy", priv, "p", ["id", "text", "identifiers", "quasi"])
    by_type = collections.Counter()
    items_by_type = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for it in priv:
        iid, text = it.get("id"), it.get("text", "")
        ids = it.get("identifiers")
        quasi = it.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % iid)
            ids = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % iid)
            quasi = []
        seen = set()
        types_here = set()
        for d in ids:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (iid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (iid, d["type"]))
            if not isinstance(d["text"], str) or not d["text"].strip():
                err("privacy %s: empty identifier text" % iid)
                continue
            if d["text"] != d["text"].strip():
                err("privacy %s: identifier %r has outer spaces" % (iid, d["text"]))
            if d["text"] not in text:
                err("privacy %s: identifier %r not in text" % (iid, d["text"]))
            if (d["type"], d["text"]) in seen:
                err("privacy %s: identifier %r listed twice" % (iid, d["text"]))
            seen.add((d["type"], d["text"]))
            by_type[d["type"]] += 1
            types_here.add(d["type"])
        for t in types_here:
            items_by_type[t] += 1
        for q in quasi:
            if not isinstance(q, str) or not q.strip():
                err("privacy %s: bad quasi %r" % (iid, q))
            elif q not in text:
                err("privacy %s: quasi %r not in text" % (iid, q))
        if len(set(quasi)) != len(quasi):
            err("privacy %s: repeated quasi" % iid)
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    P = len(priv)
    if P < 260:
        err("privacy: %d items < 260" % P)
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    for t in ID_TYPES:
        if items_by_type[t] < 5:
            err("privacy: identifier type %s in only %d items" % (t, items_by_type[t]))
    if by_type and by_type.most_common(1)[0][0] != "name":
        err("privacy: name is not the most frequent identifier type")

    print("PRIVACY: %d items (%d with identifiers, %d trap-only, %d with quasi)" % (P, with_ids, trap_only, with_quasi))
    show("identifier spans by type", by_type, ID_TYPES)
    show("items containing type", items_by_type, ID_TYPES)

    # ---------------- triage ----------------
    tri = read("triage")
    check_common("triage", tri, "t", ["id", "text", "department", "age_range", "gender"])
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for it in tri:
        iid = it.get("id")
        if it.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (iid, it.get("department")))
        if it.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (iid, it.get("age_range")))
        if it.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (iid, it.get("gender")))
        dep[it.get("department")] += 1
        age[it.get("age_range")] += 1
        gen[it.get("gender")] += 1
    if len(tri) != 88:
        err("triage: %d items != 88" % len(tri))
    for d in DEPARTMENTS:
        if dep[d] != 4:
            err("triage: department %s has %d items != 4" % (d, dep[d]))
    print("TRIAGE: %d items" % len(tri))
    show("department", dep, DEPARTMENTS)
    show("age_range", age, AGES)
    show("gender", gen, GENDERS)

    # ---------------- emergency ----------------
    emg = read("emergency")
    check_common("emergency", emg, "e", ["id", "text", "emergency", "kind", "family"])
    kinds = collections.Counter()
    fam_tot, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for it in emg:
        iid = it.get("id")
        e, k, fam = it.get("emergency"), it.get("kind"), it.get("family")
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (iid, fam))
        if e is True:
            if k != "now":
                err("emergency %s: emergency true but kind %r" % (iid, k))
            n_now += 1
            fam_now[fam] += 1
        elif e is False:
            if k not in KINDS:
                err("emergency %s: emergency false but kind %r" % (iid, k))
            n_non += 1
            fam_non[fam] += 1
        else:
            err("emergency %s: emergency not a boolean" % iid)
        kinds[k] += 1
        fam_tot[fam] += 1
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d now items < 4" % (f, fam_now[f]))
        if fam_non[f] < 1:
            err("emergency: family %s has no non-emergency" % f)
    for k in KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d items < 15" % (k, kinds[k]))
    print("EMERGENCY: %d items (%d now, %d non)" % (len(emg), n_now, n_non))
    show("kind", kinds, ["now"] + KINDS)
    print("  family (total / now / non):")
    for f in FAMILIES:
        print("    %-28s %3d / %3d / %3d" % (f, fam_tot[f], fam_now[f], fam_non[f]))

    for m in errors:
        print("ERROR:", m)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (P, with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
