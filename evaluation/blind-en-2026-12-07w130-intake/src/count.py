"""Check every rule of the brief on the built .jsonl files and print counts. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "dp"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
TYPE_MIN = {t: 8 for t in ID_TYPES}
TYPE_MIN.update({"licence_plate": 5, "url": 5, "handle": 5})
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
    path = os.path.join(OUT, name)
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_ids(rows, letter, task):
    pat = re.compile(r"^%s-%s\d{3,}$" % (PREFIX, letter))
    seen = set()
    texts = Counter()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in seen:
            err("%s: duplicate id %s" % (task, rid))
        seen.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
        else:
            texts[t.strip()] += 1
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text x%d: %s" % (task, c, t[:60]))


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def check_privacy(rows):
    check_ids(rows, "p", "privacy")
    type_count = Counter()
    n_ids = n_trap = n_quasi = 0
    for r in rows:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: unexpected keys %s" % (rid, sorted(r.keys())))
        if not isinstance(ids, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        seen_plain = set()
        for d in ids:
            if not isinstance(d, dict) or d.get("type") not in ID_TYPES:
                err("privacy %s: bad identifier %r" % (rid, d))
                continue
            span = d.get("text")
            if not isinstance(span, str) or not span:
                err("privacy %s: empty identifier text" % rid)
                continue
            occ = occurrences(text, span)
            if not occ:
                err("privacy %s: identifier %r not in text" % (rid, span))
                continue
            if "occurrence" in d:
                k = d["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("privacy %s: bad occurrence %r for %r" % (rid, k, span))
            else:
                if span in seen_plain:
                    err("privacy %s: identifier %r listed twice" % (rid, span))
                seen_plain.add(span)
            if span != span.strip():
                err("privacy %s: identifier %r has outer whitespace" % (rid, span))
            # spans must not start or end inside a word
            for i in occ:
                before = text[i - 1] if i > 0 else " "
                after = text[i + len(span)] if i + len(span) < len(text) else " "
                if (before.isalnum() and span[0].isalnum()) or (after.isalnum() and span[-1].isalnum()):
                    err("privacy %s: identifier %r occurs inside a word" % (rid, span))
            type_count[d["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi %r not in text" % (rid, q))
        if ids:
            n_ids += 1
        elif not quasi:
            n_trap += 1
        if quasi:
            n_quasi += 1
    if len(rows) < 260:
        err("privacy: %d items < 260" % len(rows))
    if n_ids < 150:
        err("privacy: %d items with identifiers < 150" % n_ids)
    if n_trap < 100:
        err("privacy: %d trap-only items < 100" % n_trap)
    if n_quasi < 15:
        err("privacy: %d items with quasi < 15" % n_quasi)
    for t in ID_TYPES:
        if type_count[t] < TYPE_MIN[t]:
            err("privacy: type %s has %d < %d" % (t, type_count[t], TYPE_MIN[t]))
    print("privacy items: %d (with identifiers %d, trap-only %d, with quasi %d)" % (len(rows), n_ids, n_trap, n_quasi))
    print("privacy identifier types:")
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_count[t]))
    return n_ids, n_trap, n_quasi


def check_triage(rows):
    check_ids(rows, "t", "triage")
    dept, age, gen = Counter(), Counter(), Counter()
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: unexpected keys %s" % (rid, sorted(r.keys())))
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dept[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    if len(rows) != 88:
        err("triage: %d items, must be exactly 88" % len(rows))
    for d in DEPTS:
        if dept[d] != 4:
            err("triage: department %s has %d items, must be 4" % (d, dept[d]))
    print("triage items: %d" % len(rows))
    print("triage departments:")
    for d in DEPTS:
        print("  %-22s %d" % (d, dept[d]))
    print("triage ages:")
    for a in AGES:
        print("  %-6s %d" % (a, age[a]))
    print("triage genders:")
    for g in GENDERS:
        print("  %-12s %d" % (g, gen[g]))


def check_emergency(rows):
    check_ids(rows, "e", "emergency")
    now_fam, non_fam, kinds = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: unexpected keys %s" % (rid, sorted(r.keys())))
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if em is True:
            n_now += 1
            if kind != "now":
                err("emergency %s: emergency=true needs kind now, got %r" % (rid, kind))
            now_fam[fam] += 1
        elif em is False:
            n_non += 1
            if kind not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, kind))
            kinds[kind] += 1
            non_fam[fam] += 1
        else:
            err("emergency %s: emergency must be true/false" % rid)
    if n_now < 120:
        err("emergency: %d emergencies < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non-emergencies < 200" % n_non)
    for f in FAMILIES:
        if now_fam[f] < 4:
            err("emergency: family %s has %d emergencies < 4" % (f, now_fam[f]))
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d items < 15" % (k, kinds[k]))
        fams_k = len({r["family"] for r in rows if r.get("kind") == k})
        if fams_k < 8:
            err("emergency: kind %s spread over only %d families" % (k, fams_k))
    print("emergency items: %d (now %d, non %d)" % (len(rows), n_now, n_non))
    print("emergency non-emergency kinds:")
    for k in NON_KINDS:
        print("  %-24s %d" % (k, kinds[k]))
    print("emergency families (now / non):")
    for f in FAMILIES:
        print("  %-28s %3d / %3d" % (f, now_fam[f], non_fam[f]))
    return n_now, n_non


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emer = load("emergency.jsonl")
    n_ids, n_trap, n_quasi = check_privacy(priv)
    check_triage(tri)
    n_now, n_non = check_emergency(emer)
    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), n_ids, n_trap, n_quasi, len(tri), len(emer), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
