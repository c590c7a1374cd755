"""Check and count the three JSONL files (standard library only). Exits non-zero on any error."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ch"

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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def read(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d: blank line" % (task, ln))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON %s" % (task, ln, e))
    return rows


def norm(t):
    return " ".join(t.lower().split())


def common(task, letter, rows, fields):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    ids = Counter()
    texts = Counter()
    for r in rows:
        if set(r.keys()) != set(fields):
            err("%s %s: field set %s" % (task, r.get("id"), sorted(r.keys())))
        rid = r.get("id", "")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        ids[rid] += 1
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
        else:
            texts[norm(t)] += 1
    for k, v in ids.items():
        if v > 1:
            err("%s: duplicate id %s" % (task, k))
    for k, v in texts.items():
        if v > 1:
            err("%s: duplicate text %r" % (task, k[:60]))


def check_privacy():
    rows = read("privacy")
    common("privacy", "p", rows, ["id", "text", "identifiers", "quasi"])
    types = Counter()
    with_ids = trap = with_quasi = 0
    for r in rows:
        text = r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list):
            err("privacy %s: identifiers not a list" % r.get("id"))
            idents = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % r.get("id"))
            quasi = []
        seen = set()
        for it in idents:
            if not isinstance(it, dict) or set(it.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), it))
                continue
            if it["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (r.get("id"), it["type"]))
            if not isinstance(it["text"], str) or not it["text"] or it["text"] not in text:
                err("privacy %s: identifier not a substring %r" % (r.get("id"), it["text"]))
            key = (it["type"], it["text"])
            if key in seen:
                err("privacy %s: identifier listed twice %r" % (r.get("id"), it["text"]))
            seen.add(key)
            types[it["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi not a substring string %r" % (r.get("id"), q))
        if idents:
            with_ids += 1
        else:
            trap += 1
        if quasi:
            with_quasi += 1
    n = len(rows)
    print("privacy: %d items, %d with identifiers, %d trap-only, %d with quasi" % (n, with_ids, trap, with_quasi))
    for t in ID_TYPES:
        print("  identifier %-14s %d" % (t, types[t]))
        if types[t] < 5:
            err("privacy: type %s used %d times (<5)" % (t, types[t]))
    if types and types.most_common(1)[0][0] != "name":
        err("privacy: name is not the most common type")
    if n < 260:
        err("privacy: %d items < 260" % n)
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap < 100:
        err("privacy: %d trap-only < 100" % trap)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    return n, with_ids, trap, with_quasi


def check_triage():
    rows = read("triage")
    common("triage", "t", rows, ["id", "text", "department", "age_range", "gender"])
    dep = Counter(r.get("department") for r in rows)
    age = Counter(r.get("age_range") for r in rows)
    gen = Counter(r.get("gender") for r in rows)
    for r in rows:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
    print("triage: %d items" % len(rows))
    for d in DEPTS:
        print("  department %-22s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage: department %s has %d items (need exactly 4)" % (d, dep[d]))
    for a in AGES:
        print("  age %-6s %d" % (a, age[a]))
        if age[a] == 0:
            err("triage: age range %s unused" % a)
    for g in GENDERS:
        print("  gender %-12s %d" % (g, gen[g]))
        if gen[g] == 0:
            err("triage: gender %s unused" % g)
    if len(rows) != 88:
        err("triage: %d items (need exactly 88)" % len(rows))
    return len(rows)


def check_emergency():
    rows = read("emergency")
    common("emergency", "e", rows, ["id", "text", "emergency", "kind", "family"])
    kinds = Counter()
    fam_total = Counter()
    fam_now = Counter()
    fam_non = Counter()
    now = non = 0
    for r in rows:
        e = r.get("emergency")
        k = r.get("kind")
        f = r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % r.get("id"))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (r.get("id"), f))
        if e is True:
            if k != "now":
                err("emergency %s: emergency true but kind %r" % (r.get("id"), k))
            now += 1
            fam_now[f] += 1
        else:
            if k not in NON_KINDS:
                err("emergency %s: non-emergency with kind %r" % (r.get("id"), k))
            non += 1
            fam_non[f] += 1
        kinds[k] += 1
        fam_total[f] += 1
    print("emergency: %d items, %d now, %d non" % (len(rows), now, non))
    for k in ["now"] + NON_KINDS:
        print("  kind %-24s %d" % (k, kinds[k]))
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d (<15)" % (k, kinds[k]))
    print("  family (total / now / non)")
    for f in FAMILIES:
        print("  %-28s %3d / %3d / %3d" % (f, fam_total[f], fam_now[f], fam_non[f]))
        if fam_now[f] < 4:
            err("emergency: family %s has %d now items (<4)" % (f, fam_now[f]))
    if now < 120:
        err("emergency: %d now items < 120" % now)
    if non < 200:
        err("emergency: %d non items < 200" % non)
    touched = sum(1 for f in FAMILIES if fam_non[f] > 0)
    print("  families touched by non-emergencies: %d of %d" % (touched, len(FAMILIES)))
    return now, non


def main():
    pn, pa, pb, pc = check_privacy()
    tn = check_triage()
    en, eo = check_emergency()
    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR:", e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (pn, pa, pb, pc, tn, en + eo, en, eo))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
