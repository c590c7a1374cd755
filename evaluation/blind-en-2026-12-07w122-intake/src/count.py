"""Check the built test set against every rule of the brief and print counts.

Standard library only. Exits non-zero on any error.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "dh"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology",
               "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology",
               "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history",
             "hypothetical_or_general", "negated", "figure_of_speech",
             "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
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
                err("%s line %d empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad json: %s" % (name, n, e))
    return rows


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def check_ids(rows, letter, all_ids):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("bad id %r" % (rid,))
        if rid in all_ids:
            err("duplicate id %r" % (rid,))
        all_ids.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s: empty text" % rid)


def show(title, counter, order=None):
    print("%s:" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def main():
    all_ids = set()
    texts = collections.Counter()

    # ---------------- privacy ----------------
    priv = load("privacy.jsonl")
    check_ids(priv, "p", all_ids)
    type_c = collections.Counter()
    n_with, n_trap, n_quasi = 0, 0, 0
    for r in priv:
        rid, text = r.get("id"), r.get("text", "")
        texts[text] += 1
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("%s: unexpected keys %s" % (rid, sorted(r)))
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err("%s: identifiers/quasi must be lists" % rid)
            continue
        spans = []
        seen = set()
        for ident in idents:
            t, s = ident.get("type"), ident.get("text")
            if t not in ID_TYPES:
                err("%s: bad identifier type %r" % (rid, t))
            if not isinstance(s, str) or not s:
                err("%s: empty identifier text" % rid)
                continue
            if set(ident) - {"type", "text", "occurrence"}:
                err("%s: unexpected identifier keys %s" % (rid, sorted(ident)))
            occ = occurrences(text, s)
            if not occ:
                err("%s: identifier %r not verbatim in text" % (rid, s))
                continue
            if (s, ident.get("occurrence")) in seen:
                err("%s: identifier %r listed twice" % (rid, s))
            seen.add((s, ident.get("occurrence")))
            if "occurrence" in ident:
                k = ident["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("%s: bad occurrence %r for %r" % (rid, k, s))
                    continue
                marked = [occ[k - 1]]
            else:
                marked = occ
                # a name must not silently match inside a longer word
                if t == "name":
                    for i in occ:
                        before = text[i - 1] if i > 0 else " "
                        after = text[i + len(s)] if i + len(s) < len(text) else " "
                        if before.isalnum() or after.isalnum():
                            err("%s: name %r also occurs inside a longer word" % (rid, s))
                            break
            for i in marked:
                spans.append((i, i + len(s), s))
            type_c[t] += 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err("%s: overlapping identifier spans %r / %r" % (rid, a[2], b[2]))
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("%s: quasi %r not verbatim in text" % (rid, q))
        if quasi and not idents:
            err("%s: quasi flag without identifiers" % rid)
        if idents:
            n_with += 1
        elif not quasi:
            n_trap += 1
        if quasi:
            n_quasi += 1
    if len(priv) < 260:
        err("privacy: %d items < 260" % len(priv))
    if n_with < 150:
        err("privacy: %d with identifiers < 150" % n_with)
    if n_trap < 100:
        err("privacy: %d trap-only < 100" % n_trap)
    if n_quasi < 15:
        err("privacy: %d with quasi < 15" % n_quasi)
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_c[t] < need:
            err("privacy: type %s has %d < %d" % (t, type_c[t], need))

    # ---------------- triage ----------------
    tri = load("triage.jsonl")
    check_ids(tri, "t", all_ids)
    dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        rid = r.get("id")
        texts[r.get("text", "")] += 1
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("%s: unexpected keys %s" % (rid, sorted(r)))
        if r.get("department") not in DEPARTMENTS:
            err("%s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s: bad gender %r" % (rid, r.get("gender")))
        dep_c[r.get("department")] += 1
        age_c[r.get("age_range")] += 1
        gen_c[r.get("gender")] += 1
    if len(tri) != 88:
        err("triage: %d items != 88" % len(tri))
    for d in DEPARTMENTS:
        if dep_c[d] != 4:
            err("triage: department %s has %d != 4" % (d, dep_c[d]))

    # ---------------- emergency ----------------
    em = load("emergency.jsonl")
    check_ids(em, "e", all_ids)
    kind_c, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in em:
        rid = r.get("id")
        texts[r.get("text", "")] += 1
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("%s: unexpected keys %s" % (rid, sorted(r)))
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("%s: emergency must be boolean" % rid)
        if f not in FAMILIES:
            err("%s: bad family %r" % (rid, f))
        if e is True:
            n_now += 1
            if k != "now":
                err("%s: emergency true but kind %r" % (rid, k))
            fam_now[f] += 1
        else:
            n_non += 1
            if k not in NON_KINDS:
                err("%s: non-emergency with bad kind %r" % (rid, k))
            fam_non[f] += 1
        kind_c[k] += 1
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d now < 4" % (f, fam_now[f]))
    for k in NON_KINDS:
        if kind_c[k] < 15:
            err("emergency: kind %s has %d < 15" % (k, kind_c[k]))

    for t, c in texts.items():
        if c > 1:
            err("duplicate text used %d times: %r" % (c, t[:60]))

    # ---------------- report ----------------
    show("privacy identifier types", type_c, ID_TYPES)
    show("triage departments", dep_c, DEPARTMENTS)
    show("triage age ranges", age_c, AGES)
    show("triage genders", gen_c, GENDERS)
    show("emergency kinds", kind_c, ["now"] + NON_KINDS)
    show("emergency families (now)", fam_now, FAMILIES)
    show("emergency families (non)", fam_non, FAMILIES)
    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR: %s" % e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); "
          "triage %d; emergency %d (%d now, %d non)"
          % (len(priv), n_with, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
