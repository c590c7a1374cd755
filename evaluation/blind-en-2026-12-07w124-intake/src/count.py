"""Check every rule of the brief on the built .jsonl files and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "dj"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
MIN_PER_TYPE = {t: 8 for t in ID_TYPES}
MIN_PER_TYPE.update({"licence_plate": 5, "url": 5, "handle": 5})
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
    path = os.path.join(OUT, name + ".jsonl")
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return recs


def check_ids(recs, letter, task, all_ids):
    pat = re.compile(r"^%s-%s\d{3,}$" % (PREFIX, letter))
    for r in recs:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in all_ids:
            err("%s: duplicate id %r" % (task, rid))
        all_ids.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: missing text" % (task, rid))
    texts = collections.Counter(r.get("text") for r in recs)
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text (%d times): %r" % (task, c, t[:60]))


def show(title, counter, order=None):
    print("%s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def main():
    all_ids = set()
    privacy = load("privacy")
    triage = load("triage")
    emergency = load("emergency")

    # ---------------- privacy ----------------
    check_ids(privacy, "p", "privacy", all_ids)
    type_items = collections.Counter()
    type_spans = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in privacy:
        rid, text = r.get("id"), r.get("text", "")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: unexpected keys %s" % (rid, sorted(r)))
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        seen = set()
        types_here = set()
        for ident in idents:
            t, s = ident.get("type"), ident.get("text")
            if t not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, t))
            if not isinstance(s, str) or not s:
                err("privacy %s: empty identifier text" % rid)
                continue
            cnt = text.count(s)
            if cnt == 0:
                err("privacy %s: identifier %r not verbatim in text" % (rid, s))
            occ = ident.get("occurrence")
            if occ is not None:
                if not isinstance(occ, int) or occ < 1 or occ > cnt:
                    err("privacy %s: bad occurrence %r for %r" % (rid, occ, s))
            key = (s, occ)
            if key in seen:
                err("privacy %s: identifier %r listed twice" % (rid, s))
            seen.add(key)
            extra = set(ident) - {"type", "text", "occurrence"}
            if extra:
                err("privacy %s: unexpected identifier keys %s" % (rid, sorted(extra)))
            if t == "name":
                # a name must not sit inside a longer word (e.g. "Ann" in "Annual")
                for m in re.finditer(re.escape(s), text):
                    a, b = m.start(), m.end()
                    before = text[a - 1] if a > 0 else " "
                    after = text[b] if b < len(text) else " "
                    if before.isalnum() or after.isalnum():
                        err("privacy %s: name %r occurs inside a longer word" % (rid, s))
            types_here.add(t)
            type_spans[t] += 1
        for t in types_here:
            type_items[t] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi %r not verbatim in text" % (rid, q))
        # identifier spans must not overlap each other's listing as different types
        if idents:
            with_ids += 1
        else:
            trap_only += 1
            if quasi:
                err("privacy %s: trap-only item should not carry quasi flags" % rid)
        if quasi:
            with_quasi += 1

    if len(privacy) < 260:
        err("privacy: %d items < 260" % len(privacy))
    if with_ids < 150:
        err("privacy: %d items with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only items < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d items with quasi < 15" % with_quasi)
    for t, m in MIN_PER_TYPE.items():
        if type_items[t] < m:
            err("privacy: type %s in %d items < %d" % (t, type_items[t], m))

    show("privacy items per identifier type", type_items, ID_TYPES)
    show("privacy identifier spans per type", type_spans, ID_TYPES)

    # ---------------- triage ----------------
    check_ids(triage, "t", "triage", all_ids)
    dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in triage:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: unexpected keys %s" % (rid, sorted(r)))
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dept_c[r.get("department")] += 1
        age_c[r.get("age_range")] += 1
        gen_c[r.get("gender")] += 1
    if len(triage) != 88:
        err("triage: %d items, need exactly 88" % len(triage))
    for d in DEPARTMENTS:
        if dept_c[d] != 4:
            err("triage: department %s has %d items, need 4" % (d, dept_c[d]))
    show("triage per department", dept_c, DEPARTMENTS)
    show("triage per age_range", age_c, AGES)
    show("triage per gender", gen_c, GENDERS)

    # ---------------- emergency ----------------
    check_ids(emergency, "e", "emergency", all_ids)
    kind_c = collections.Counter()
    fam_now, fam_non = collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in emergency:
        rid = r.get("id")
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: unexpected keys %s" % (rid, sorted(r)))
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        if e is True:
            n_now += 1
            fam_now[f] += 1
            if k != "now":
                err("emergency %s: emergency item must have kind now, got %r" % (rid, k))
        elif e is False:
            n_non += 1
            fam_non[f] += 1
            if k not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, k))
        else:
            err("emergency %s: emergency must be true/false" % rid)
        kind_c[k] += 1
    if n_now < 120:
        err("emergency: %d emergencies < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non-emergencies < 200" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d emergencies < 4" % (f, fam_now[f]))
    for k in NON_KINDS:
        if kind_c[k] < 15:
            err("emergency: kind %s has %d items < 15" % (k, kind_c[k]))
    show("emergency per kind", kind_c, ["now"] + NON_KINDS)
    print("emergency per family (now / non):")
    for f in FAMILIES:
        print("  %-28s %d / %d" % (f, fam_now[f], fam_non[f]))

    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(privacy), with_ids, trap_only, with_quasi, len(triage), len(emergency), n_now, n_non))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
