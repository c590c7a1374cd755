"""Check the test set of writer 128 (prefix dn) against the brief and print counts.
Standard library only. Exits non-zero on any error."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dn"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"]
TYPE_MIN = {t: 8 for t in ID_TYPES}
TYPE_MIN.update({"licence_plate": 5, "url": 5, "handle": 5})
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology",
               "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
               "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
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
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_ids(rows, letter, task, keys):
    seen = set()
    texts = Counter()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in seen:
            err("%s: duplicate id %s" % (task, rid))
        seen.add(rid)
        if set(r.keys()) != set(keys):
            err("%s %s: keys %s, expected %s" % (task, rid, sorted(r.keys()), sorted(keys)))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
        else:
            texts[t.strip().lower()] += 1
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


def bounded(text, i, sub):
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(sub)] if i + len(sub) < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def check_privacy(rows):
    check_ids(rows, "p", "privacy", ["id", "text", "identifiers", "quasi"])
    type_items = Counter()
    type_spans = Counter()
    with_ids = trap_only = with_quasi = 0
    for r in rows:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            ids = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen_pairs = set()
        types_here = set()
        for d in ids:
            if not isinstance(d, dict) or set(d.keys()) - {"type", "text", "occurrence"} \
                    or "type" not in d or "text" not in d:
                err("privacy %s: bad identifier %r" % (rid, d))
                continue
            typ, sub = d["type"], d["text"]
            if typ not in ID_TYPES:
                err("privacy %s: unknown type %r" % (rid, typ))
            if not isinstance(sub, str) or not sub or sub != sub.strip():
                err("privacy %s: bad identifier text %r" % (rid, sub))
                continue
            occ = occurrences(text, sub)
            if not occ:
                err("privacy %s: identifier %r not verbatim in text" % (rid, sub))
                continue
            key = (typ, sub, d.get("occurrence"))
            if key in seen_pairs:
                err("privacy %s: identifier listed twice %r" % (rid, sub))
            seen_pairs.add(key)
            if "occurrence" in d:
                k = d["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("privacy %s: occurrence %r out of range for %r" % (rid, k, sub))
                    continue
                check = [occ[k - 1]]
            else:
                check = occ
            for i in check:
                if not bounded(text, i, sub):
                    err("privacy %s: %r occurs inside a longer word at %d" % (rid, sub, i))
            types_here.add(typ)
            type_spans[typ] += 1
        for typ in types_here:
            type_items[typ] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi %r not verbatim in text" % (rid, q))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
            if quasi:
                err("privacy %s: trap-only item has a quasi flag" % rid)
            if re.search(r"@|https?://|www\.|\.com\b|\d{9,}", text):
                err("privacy %s: trap-only item looks like it holds an identifier" % rid)
        if quasi:
            with_quasi += 1
    n = len(rows)
    if n < 260:
        err("privacy: %d items < 260" % n)
    if with_ids < 150:
        err("privacy: %d items with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only items < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d items with quasi < 15" % with_quasi)
    for t in ID_TYPES:
        if type_items[t] < TYPE_MIN[t]:
            err("privacy: type %s in %d items < %d" % (t, type_items[t], TYPE_MIN[t]))
    print("== privacy: %d items" % n)
    print("identifier types (items / spans):")
    for t in ID_TYPES:
        print("  %-14s %4d / %4d" % (t, type_items[t], type_spans[t]))
    return n, with_ids, trap_only, with_quasi


def check_triage(rows):
    check_ids(rows, "t", "triage", ["id", "text", "department", "age_range", "gender"])
    dep, age, gen = Counter(), Counter(), Counter()
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
    if len(rows) != 88:
        err("triage: %d items, expected exactly 88" % len(rows))
    for d in DEPARTMENTS:
        if dep[d] != 4:
            err("triage: department %s has %d items, expected 4" % (d, dep[d]))
    print("== triage: %d items" % len(rows))
    print("departments:", ", ".join("%s %d" % (d, dep[d]) for d in DEPARTMENTS))
    print("ages:", ", ".join("%s %d" % (a, age[a]) for a in AGES))
    print("genders:", ", ".join("%s %d" % (g, gen[g]) for g in GENDERS))
    return len(rows)


def check_emergency(rows):
    check_ids(rows, "e", "emergency", ["id", "text", "emergency", "kind", "family"])
    now_fam, non_fam, kinds = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in rows:
        rid, e, k, f = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not boolean" % rid)
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        if e is True:
            n_now += 1
            if k != "now":
                err("emergency %s: emergency true but kind %r" % (rid, k))
            now_fam[f] += 1
        elif e is False:
            n_non += 1
            if k not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, k))
            kinds[k] += 1
            non_fam[f] += 1
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
    print("== emergency: %d items (%d now, %d non)" % (len(rows), n_now, n_non))
    print("kinds:", ", ".join("%s %d" % (k, kinds[k]) for k in NON_KINDS))
    print("families (now / non):")
    for f in FAMILIES:
        print("  %-28s %3d / %3d" % (f, now_fam[f], non_fam[f]))
    return len(rows), n_now, n_non


def main():
    p = check_privacy(load("privacy"))
    t = check_triage(load("triage"))
    e = check_emergency(load("emergency"))
    print("== errors: %d" % len(errors))
    for m in errors:
        print("ERROR:", m)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); "
          "triage %d; emergency %d (%d now, %d non)" % (p + (t,) + e))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
