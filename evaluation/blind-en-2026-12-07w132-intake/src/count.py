"""Check the three .jsonl files against the brief and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "dr"

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
    path = os.path.join(OUT, name)
    recs = []
    if not os.path.exists(path):
        err("missing file " + name)
        return recs
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return recs


def check_ids(recs, letter, task):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3,}$" % (PREFIX, letter))
    for r in recs:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in seen:
            err("%s: duplicate id %r" % (task, rid))
        seen.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (task, rid))
    texts = collections.Counter(r.get("text") for r in recs)
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text %r" % (task, t[:60]))


def word_occurrences(hay, needle):
    """Occurrences of needle not glued to letters/digits on either side."""
    n = 0
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return n
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (after.isalnum() and needle[-1].isalnum()):
            n += 1
        start = i + 1


def check_privacy(recs):
    check_ids(recs, "p", "privacy")
    type_counts = collections.Counter()
    n_with = n_trap = n_quasi = 0
    for r in recs:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        seen = set()
        for ident in ids:
            t, s = ident.get("type"), ident.get("text")
            if t not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, t))
            if not isinstance(s, str) or not s:
                err("privacy %s: empty identifier text" % rid)
                continue
            total = text.count(s)
            if total == 0:
                err("privacy %s: identifier %r not in text" % (rid, s))
                continue
            if word_occurrences(text, s) != total:
                err("privacy %s: identifier %r also occurs inside another word" % (rid, s))
            occ = ident.get("occurrence")
            if occ is not None:
                if not isinstance(occ, int) or occ < 1 or occ > total:
                    err("privacy %s: bad occurrence %r for %r" % (rid, occ, s))
            key = (s, occ)
            if key in seen or (occ is None and any(k[0] == s for k in seen)):
                err("privacy %s: identifier %r listed twice" % (rid, s))
            seen.add(key)
            extra = set(ident) - {"type", "text", "occurrence"}
            if extra:
                err("privacy %s: unexpected keys %s" % (rid, sorted(extra)))
            type_counts[t] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi %r not in text" % (rid, q))
        if ids:
            n_with += 1
        else:
            n_trap += 1
            if quasi:
                err("privacy %s: trap-only item carries a quasi flag" % rid)
        if quasi:
            n_quasi += 1
    if len(recs) < 260:
        err("privacy: %d items < 260" % len(recs))
    if n_with < 150:
        err("privacy: %d with identifiers < 150" % n_with)
    if n_trap < 100:
        err("privacy: %d trap-only < 100" % n_trap)
    if n_quasi < 15:
        err("privacy: %d with quasi < 15" % n_quasi)
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_counts[t] < need:
            err("privacy: type %s only %d (< %d)" % (t, type_counts[t], need))
    print("privacy identifier types (spans):")
    for t in ID_TYPES:
        print("  %-15s %d" % (t, type_counts[t]))
    print("privacy items: %d (with identifiers %d, trap-only %d, with quasi %d)" % (len(recs), n_with, n_trap, n_quasi))
    return len(recs), n_with, n_trap, n_quasi


def check_triage(recs):
    check_ids(recs, "t", "triage")
    dc, ac, gc = collections.Counter(), collections.Counter(), collections.Counter()
    for r in recs:
        rid = r.get("id")
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        if set(r) - {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: unexpected keys" % rid)
        dc[r.get("department")] += 1
        ac[r.get("age_range")] += 1
        gc[r.get("gender")] += 1
    if len(recs) != 88:
        err("triage: %d items, need exactly 88" % len(recs))
    for d in DEPTS:
        if dc[d] != 4:
            err("triage: department %s has %d items, need 4" % (d, dc[d]))
    print("triage departments:")
    for d in DEPTS:
        print("  %-22s %d" % (d, dc[d]))
    print("triage ages:", ", ".join("%s=%d" % (a, ac[a]) for a in AGES))
    print("triage genders:", ", ".join("%s=%d" % (g, gc[g]) for g in GENDERS))
    return len(recs)


def check_emergency(recs):
    check_ids(recs, "e", "emergency")
    now_fam, non_fam, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in recs:
        rid, em, kind, fam = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
        if em is True:
            n_now += 1
            if kind != "now":
                err("emergency %s: emergency item with kind %r" % (rid, kind))
            now_fam[fam] += 1
        elif em is False:
            n_non += 1
            if kind not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, kind))
            non_fam[fam] += 1
        else:
            err("emergency %s: emergency must be true/false" % rid)
        kinds[kind] += 1
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if set(r) - {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: unexpected keys" % rid)
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
    print("emergency kinds:", ", ".join("%s=%d" % (k, kinds[k]) for k in ["now"] + NON_KINDS))
    print("emergency families (now / non):")
    for f in FAMILIES:
        print("  %-28s %3d / %3d" % (f, now_fam[f], non_fam[f]))
    return len(recs), n_now, n_non


def main():
    p = check_privacy(load("privacy.jsonl"))
    t = check_triage(load("triage.jsonl"))
    e = check_emergency(load("emergency.jsonl"))
    for m in errors:
        print("ERROR:", m)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (p[0], p[1], p[2], p[3], t, e[0], e[1], e[2]))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
