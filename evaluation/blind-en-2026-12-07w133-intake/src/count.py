"""Check the built test set against the brief and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ds"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
ID_MIN = {t: 8 for t in ID_TYPES}
ID_MIN.update({"licence_plate": 5, "url": 5, "handle": 5})
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
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


def load(name):
    path = os.path.join(OUT, name)
    recs = []
    if not os.path.exists(path):
        err("missing file %s" % name)
        return recs
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d: blank line" % (name, n))
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    return recs


def check_ids(name, recs, letter, keys):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3,}$" % (PREFIX, letter))
    texts = collections.Counter()
    for r in recs:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (name, rid))
        if rid in seen:
            err("%s: duplicate id %r" % (name, rid))
        seen.add(rid)
        if set(r.keys()) != set(keys):
            err("%s %s: keys %s, expected %s" % (name, rid, sorted(r.keys()), sorted(keys)))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
        else:
            texts[t] += 1
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text %r" % (name, t))


def show(title, counter, order=None):
    print("  %s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %d" % (k, counter.get(k, 0)))


def check_privacy():
    recs = load("privacy.jsonl")
    check_ids("privacy", recs, "p", ["id", "text", "identifiers", "quasi"])
    types = collections.Counter()
    n_ids = n_trap = n_quasi = 0
    for r in recs:
        rid, text = r.get("id"), r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list):
            err("privacy %s: identifiers not a list" % rid)
            idents = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen_spans = set()
        for ident in idents:
            if not isinstance(ident, dict):
                err("privacy %s: identifier not an object" % rid)
                continue
            extra = set(ident) - {"type", "text", "occurrence"}
            if extra:
                err("privacy %s: identifier extra keys %s" % (rid, extra))
            typ, span = ident.get("type"), ident.get("text")
            if typ not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, typ))
            if not isinstance(span, str) or not span or span not in text:
                err("privacy %s: identifier text %r not verbatim in text" % (rid, span))
                continue
            occ = ident.get("occurrence")
            if occ is not None:
                if not isinstance(occ, int) or occ < 1 or text.count(span) < occ:
                    err("privacy %s: bad occurrence %r for %r" % (rid, occ, span))
            key = (span, occ)
            if key in seen_spans:
                err("privacy %s: identifier %r listed twice" % (rid, span))
            seen_spans.add(key)
            # a name must not also appear glued inside a longer word (every occurrence counts)
            if typ == "name":
                for m in re.finditer(re.escape(span), text, flags=re.IGNORECASE):
                    a, b = m.start(), m.end()
                    before = text[a - 1] if a > 0 else " "
                    after = text[b] if b < len(text) else " "
                    if before.isalnum() or after.isalnum():
                        err("privacy %s: name %r also occurs inside another word" % (rid, span))
                        break
            types[typ] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi %r not verbatim in text" % (rid, q))
        if idents:
            n_ids += 1
        else:
            n_trap += 1
        if quasi:
            n_quasi += 1
    print("PRIVACY: %d items, %d with identifiers, %d trap-only, %d with quasi" % (len(recs), n_ids, n_trap, n_quasi))
    show("identifier types (spans)", types, ID_TYPES)
    if len(recs) < 260:
        err("privacy: only %d items (< 260)" % len(recs))
    if n_ids < 150:
        err("privacy: only %d items with identifiers (< 150)" % n_ids)
    if n_trap < 100:
        err("privacy: only %d trap-only items (< 100)" % n_trap)
    if n_quasi < 15:
        err("privacy: only %d items with quasi (< 15)" % n_quasi)
    for t in ID_TYPES:
        if types[t] < ID_MIN[t]:
            err("privacy: type %s has %d (< %d)" % (t, types[t], ID_MIN[t]))
    return len(recs), n_ids, n_trap, n_quasi


def check_triage():
    recs = load("triage.jsonl")
    check_ids("triage", recs, "t", ["id", "text", "department", "age_range", "gender"])
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in recs:
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
    print("TRIAGE: %d items" % len(recs))
    show("departments", dep, DEPARTMENTS)
    show("age ranges", age, AGES)
    show("genders", gen, GENDERS)
    if len(recs) != 88:
        err("triage: %d items (must be exactly 88)" % len(recs))
    for d in DEPARTMENTS:
        if dep[d] != 4:
            err("triage: department %s has %d items (must be 4)" % (d, dep[d]))
    if len([a for a in AGES if age[a]]) < 6:
        err("triage: ages not spread")
    return len(recs)


def check_emergency():
    recs = load("emergency.jsonl")
    check_ids("emergency", recs, "e", ["id", "text", "emergency", "kind", "family"])
    kinds = collections.Counter()
    fam_now, fam_non = collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in recs:
        rid, em, kind, fam = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
        if em not in (True, False):
            err("emergency %s: emergency must be true/false" % rid)
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if em is True:
            n_now += 1
            if kind != "now":
                err("emergency %s: emergency item with kind %r" % (rid, kind))
            fam_now[fam] += 1
        elif em is False:
            n_non += 1
            if kind not in NON_KINDS:
                err("emergency %s: non-emergency with kind %r" % (rid, kind))
            fam_non[fam] += 1
        kinds[kind] += 1
    print("EMERGENCY: %d items, %d now, %d non" % (len(recs), n_now, n_non))
    show("kinds", kinds, ["now"] + NON_KINDS)
    show("families (now)", fam_now, FAMILIES)
    show("families (non)", fam_non, FAMILIES)
    if n_now < 120:
        err("emergency: only %d emergencies (< 120)" % n_now)
    if n_non < 200:
        err("emergency: only %d non-emergencies (< 200)" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d emergencies (< 4)" % (f, fam_now[f]))
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d items (< 15)" % (k, kinds[k]))
    return len(recs), n_now, n_non


def main():
    p = check_privacy()
    t = check_triage()
    e = check_emergency()
    print("ERRORS: %d" % len(errors))
    for m in errors:
        print("  ERROR: " + m)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (p[0], p[1], p[2], p[3], t, e[0], e[1], e[2]))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
