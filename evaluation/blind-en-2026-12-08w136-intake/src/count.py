"""Standard-library checker for the built test files of writer 136 (prefix dv).

Checks keys, labels, verbatim spans, name-glue, ids, texts and sizes, prints counts,
then 'ERRORS: n' and a SUMMARY line. Exits non-zero on any error.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "dv"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
               "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
               "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
               "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive",
            "head_injury", "febrile_infant", "meningitis_signs", "severe_abdominal_pain",
            "pregnancy_bleeding_or_pain", "diabetic_emergency", "sepsis_signs", "severe_burn", "choking",
            "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other",
            "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []
warnings = []


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
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def occurrences(text, span):
    out, start = [], 0
    while True:
        i = text.find(span, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def check_common(name, rows, keys, letter):
    ids, texts = set(), set()
    for i, r in enumerate(rows, 1):
        if set(r.keys()) != set(keys):
            err("%s row %d: keys %s != %s" % (name, i, sorted(r.keys()), sorted(keys)))
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"%s-%s\d{3}" % (PREFIX, letter), rid):
            err("%s row %d: bad id %r" % (name, i, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (name, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
            continue
        if t in texts:
            err("%s %s: duplicate text" % (name, rid))
        texts.add(t)
    expected = ["%s-%s%03d" % (PREFIX, letter, k) for k in range(1, len(rows) + 1)]
    if [r.get("id") for r in rows] != expected:
        err("%s: ids are not sequential in file order" % name)


def check_privacy(rows):
    check_common("privacy.jsonl", rows, ["id", "text", "identifiers", "quasi"], "p")
    type_counts = collections.Counter()
    n_ids = n_trap = n_quasi = 0
    for r in rows:
        rid, text = r.get("id"), r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err("%s: identifiers/quasi must be lists" % rid)
            continue
        if idents:
            n_ids += 1
        else:
            n_trap += 1
            if quasi:
                err("%s: quasi flags on a trap-only item" % rid)
            if "@" in text or "www." in text or ".com" in text:
                warnings.append("%s: trap-only item contains @/www/.com" % rid)
            m = re.search(r"\bDr\.? [A-Z][a-z]+", text)
            if m:
                warnings.append("%s: trap-only item mentions %r" % (rid, m.group(0)))
        if quasi:
            n_quasi += 1
        seen = set()
        for d in idents:
            if not isinstance(d, dict):
                err("%s: identifier not an object" % rid)
                continue
            allowed = {"type", "text"} | ({"occurrence"} if "occurrence" in d else set())
            if set(d.keys()) != allowed:
                err("%s: identifier keys %s" % (rid, sorted(d.keys())))
            typ, span = d.get("type"), d.get("text")
            if typ not in ID_TYPES:
                err("%s: unknown identifier type %r" % (rid, typ))
            if not isinstance(span, str) or not span:
                err("%s: empty identifier text" % rid)
                continue
            if span != span.strip():
                err("%s: identifier %r has outer whitespace" % (rid, span))
            key = (span, d.get("occurrence"))
            if key in seen:
                err("%s: identifier %r listed twice" % (rid, span))
            seen.add(key)
            occ = occurrences(text, span)
            if not occ:
                err("%s: identifier %r not verbatim in text" % (rid, span))
                continue
            if "occurrence" in d:
                k = d["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("%s: identifier %r occurrence %r out of range (%d found)" % (rid, span, k, len(occ)))
                if len(occ) < 2:
                    err("%s: identifier %r has occurrence but appears once" % (rid, span))
            type_counts[typ] += 1
            if typ == "name":
                for i in occ:
                    before = text[i - 1] if i > 0 else " "
                    after = text[i + len(span)] if i + len(span) < len(text) else " "
                    if before.isalpha() or after.isalpha():
                        err("%s: name %r glued inside a longer word at %d" % (rid, span, i))
        for q in quasi:
            if not isinstance(q, str) or not q:
                err("%s: empty quasi" % rid)
            elif q not in text:
                err("%s: quasi %r not verbatim in text" % (rid, q))
    print("== privacy ==")
    print("items: %d (with identifiers %d, trap-only %d, with quasi %d)" % (len(rows), n_ids, n_trap, n_quasi))
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_counts[t]))
    if len(rows) < 260:
        err("privacy: fewer than 260 items")
    if n_ids < 150:
        err("privacy: fewer than 150 items with identifiers")
    if n_trap < 100:
        err("privacy: fewer than 100 trap-only items")
    if n_quasi < 15:
        err("privacy: fewer than 15 items with quasi")
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_counts[t] < need:
            err("privacy: only %d spans of %s (need %d)" % (type_counts[t], t, need))
    return n_ids, n_trap, n_quasi


def check_triage(rows):
    check_common("triage.jsonl", rows, ["id", "text", "department", "age_range", "gender"], "t")
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in rows:
        if r.get("department") not in DEPARTMENTS:
            err("%s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s: bad gender %r" % (r.get("id"), r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("== triage ==")
    print("items: %d" % len(rows))
    for d in DEPARTMENTS:
        print("  %-22s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage: department %s has %d items (need 4)" % (d, dep[d]))
    print("  ages: " + ", ".join("%s=%d" % (a, age[a]) for a in AGES))
    print("  genders: " + ", ".join("%s=%d" % (g, gen[g]) for g in GENDERS))
    if len(rows) != 88:
        err("triage: %d items (need exactly 88)" % len(rows))
    if sum(1 for a in AGES if age[a]) < 6:
        err("triage: ages spread over fewer than 6 ranges")


def check_emergency(rows):
    check_common("emergency.jsonl", rows, ["id", "text", "emergency", "kind", "family"], "e")
    now_fam, non_fam, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    n_now = n_non = 0
    for r in rows:
        rid, em, kind, fam = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
        if fam not in FAMILIES:
            err("%s: bad family %r" % (rid, fam))
        if em is True:
            n_now += 1
            if kind != "now":
                err("%s: emergency with kind %r" % (rid, kind))
            now_fam[fam] += 1
        elif em is False:
            n_non += 1
            if kind not in KINDS_NON:
                err("%s: non-emergency with kind %r" % (rid, kind))
            kinds[kind] += 1
            non_fam[fam] += 1
        else:
            err("%s: emergency must be true/false" % rid)
    print("== emergency ==")
    print("items: %d (now %d, non %d)" % (len(rows), n_now, n_non))
    print("  family                     now  non")
    for f in FAMILIES:
        print("  %-26s %4d %4d" % (f, now_fam[f], non_fam[f]))
        if now_fam[f] < 4:
            err("emergency: family %s has %d now items (need 4)" % (f, now_fam[f]))
    print("  kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in KINDS_NON))
    for k in KINDS_NON:
        if kinds[k] < 15:
            err("emergency: kind %s has %d items (need 15)" % (k, kinds[k]))
    if n_now < 120:
        err("emergency: fewer than 120 now items")
    if n_non < 200:
        err("emergency: fewer than 200 non-emergencies")
    if sum(1 for f in FAMILIES if non_fam[f]) < 26:
        err("emergency: non-emergency families cover only %d of 26" % sum(1 for f in FAMILIES if non_fam[f]))
    return n_now, n_non


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    em = load("emergency.jsonl")
    n_ids, n_trap, n_quasi = check_privacy(priv)
    check_triage(tri)
    n_now, n_non = check_emergency(em)
    alltexts = [r.get("text") for r in priv + tri + em]
    dup = [t for t, c in collections.Counter(alltexts).items() if c > 1]
    if dup:
        err("%d texts repeated across files" % len(dup))
    for w in warnings:
        print("WARNING: " + w)
    for e in errors:
        print("ERROR: " + e)
    print("ERRORS: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; "
          "emergency %d (%d now, %d non)" % (len(priv), n_ids, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
