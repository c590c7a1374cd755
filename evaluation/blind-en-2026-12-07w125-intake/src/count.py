"""Check the three .jsonl files against the brief and print counts. Standard library only.
Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "dk"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"]
MIN_PER_TYPE = {t: 8 for t in ID_TYPES}
MIN_PER_TYPE.update({"licence_plate": 5, "url": 5, "handle": 5})
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
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
    path = os.path.join(OUT, name)
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s line %d: blank line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_ids(rows, letter, task):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    seen = set()
    texts = collections.Counter()
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
            texts[t.strip().lower()] += 1
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text %r" % (task, t[:60]))


def occurrences(text, sub):
    out = []
    start = 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append((i, i + len(sub)))
        start = i + 1


def check_privacy(rows):
    check_ids(rows, "p", "privacy")
    type_count = collections.Counter()
    type_items = collections.Counter()
    n_with = n_trap = n_quasi = 0
    for r in rows:
        rid, text = r.get("id"), r.get("text", "")
        keys = set(r.keys())
        if keys != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: unexpected keys %s" % (rid, sorted(keys)))
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        spans = []
        listed = set()
        types_here = set()
        for ident in ids:
            typ, sub = ident.get("type"), ident.get("text")
            if typ not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, typ))
            if not isinstance(sub, str) or not sub:
                err("privacy %s: empty identifier text" % rid)
                continue
            if sub != sub.strip():
                err("privacy %s: identifier %r has outer spaces" % (rid, sub))
            occ = occurrences(text, sub)
            if not occ:
                err("privacy %s: identifier %r not verbatim in text" % (rid, sub))
                continue
            k = ident.get("occurrence")
            key = (sub, k)
            if key in listed or (k is None and any(s == sub for s, _ in listed)):
                err("privacy %s: identifier %r listed twice" % (rid, sub))
            listed.add(key)
            if k is not None:
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("privacy %s: bad occurrence %r for %r" % (rid, k, sub))
                    continue
                occ = [occ[k - 1]]
            for a, b in occ:
                before = text[a - 1] if a > 0 else " "
                after = text[b] if b < len(text) else " "
                if (before.isalnum() and sub[0].isalnum()) or (after.isalnum() and sub[-1].isalnum()):
                    err("privacy %s: identifier %r is part of a longer word" % (rid, sub))
                spans.append((a, b, sub))
            type_count[typ] += 1
            types_here.add(typ)
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a1, b1, s1 = spans[i]
                a2, b2, s2 = spans[j]
                if a2 < b1:
                    err("privacy %s: identifiers %r and %r overlap" % (rid, s1, s2))
        for t in types_here:
            type_items[t] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi %r not verbatim in text" % (rid, q))
        if ids:
            n_with += 1
        else:
            n_trap += 1
        if quasi:
            n_quasi += 1
    n = len(rows)
    if n < 260:
        err("privacy: only %d items (need 260)" % n)
    if n_with < 150:
        err("privacy: only %d items with identifiers (need 150)" % n_with)
    if n_trap < 100:
        err("privacy: only %d trap-only items (need 100)" % n_trap)
    if n_quasi < 15:
        err("privacy: only %d items with quasi (need 15)" % n_quasi)
    for t in ID_TYPES:
        if type_count[t] < MIN_PER_TYPE[t]:
            err("privacy: type %s has %d (need %d)" % (t, type_count[t], MIN_PER_TYPE[t]))
    print("== privacy ==")
    print("items %d, with identifiers %d, trap-only %d, with quasi %d" % (n, n_with, n_trap, n_quasi))
    for t in ID_TYPES:
        print("  %-14s identifiers %3d  in items %3d" % (t, type_count[t], type_items[t]))
    return n, n_with, n_trap, n_quasi


def check_triage(rows):
    check_ids(rows, "t", "triage")
    dept = collections.Counter()
    age = collections.Counter()
    gender = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: unexpected keys %s" % (rid, sorted(r.keys())))
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dept[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gender[r.get("gender")] += 1
    if len(rows) != 88:
        err("triage: %d items (need exactly 88)" % len(rows))
    for d in DEPARTMENTS:
        if dept[d] != 4:
            err("triage: department %s has %d (need 4)" % (d, dept[d]))
    print("== triage ==")
    print("items %d" % len(rows))
    print("  departments: " + ", ".join("%s %d" % (d, dept[d]) for d in DEPARTMENTS))
    print("  ages: " + ", ".join("%s %d" % (a, age[a]) for a in AGES))
    print("  genders: " + ", ".join("%s %d" % (g, gender[g]) for g in GENDERS))
    return len(rows)


def check_emergency(rows):
    check_ids(rows, "e", "emergency")
    now_fam = collections.Counter()
    non_fam = collections.Counter()
    kinds = collections.Counter()
    kind_fams = collections.defaultdict(set)
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: unexpected keys %s" % (rid, sorted(r.keys())))
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if em not in (True, False):
            err("emergency %s: emergency must be true/false" % rid)
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if em is True:
            if kind != "now":
                err("emergency %s: emergency item must have kind now" % rid)
            now_fam[fam] += 1
        else:
            if kind not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, kind))
            non_fam[fam] += 1
            kind_fams[kind].add(fam)
        kinds[kind] += 1
    n_now = sum(now_fam.values())
    n_non = sum(non_fam.values())
    if n_now < 120:
        err("emergency: only %d emergencies (need 120)" % n_now)
    if n_non < 200:
        err("emergency: only %d non-emergencies (need 200)" % n_non)
    for f in FAMILIES:
        if now_fam[f] < 4:
            err("emergency: family %s has %d emergencies (need 4)" % (f, now_fam[f]))
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d (need 15)" % (k, kinds[k]))
    print("== emergency ==")
    print("items %d, now %d, non %d" % (len(rows), n_now, n_non))
    print("  kinds: " + ", ".join("%s %d (%d families)" % (k, kinds[k], len(kind_fams[k]))
                                  for k in NON_KINDS))
    print("  families (now / non):")
    for f in FAMILIES:
        print("    %-26s %3d / %3d" % (f, now_fam[f], non_fam[f]))
    return n_now, n_non


def main():
    p = check_privacy(load("privacy.jsonl"))
    t = check_triage(load("triage.jsonl"))
    e = check_emergency(load("emergency.jsonl"))
    for m in errors:
        print("ERROR: " + m)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; "
          "emergency %d (%d now, %d non)" % (p[0], p[1], p[2], p[3], t, e[0] + e[1], e[0], e[1]))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
