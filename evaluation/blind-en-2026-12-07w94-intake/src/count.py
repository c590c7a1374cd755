"""Check and count the en94 (prefix cf) test set. Standard library only. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cf"
ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
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
FIELDS = {
    "privacy": {"id", "text", "identifiers", "quasi"},
    "triage": {"id", "text", "department", "age_range", "gender"},
    "emergency": {"id", "text", "emergency", "kind", "family"},
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return " ".join(text.lower().split())


def read(task):
    rows = []
    path = os.path.join(OUT, task + ".jsonl")
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def main():
    data = {t: read(t) for t in ("privacy", "triage", "emergency")}
    seen_ids = set()
    seen_texts = {}
    for task, rows in data.items():
        pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, LETTER[task]))
        for r in rows:
            if set(r) != FIELDS[task]:
                err("%s %s: field set %s" % (task, r.get("id"), sorted(r)))
            rid = r.get("id", "")
            if not isinstance(rid, str) or not pat.match(rid):
                err("%s: bad id %r" % (task, rid))
            if rid in seen_ids:
                err("duplicate id %s" % rid)
            seen_ids.add(rid)
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                err("%s: empty text" % rid)
                continue
            key = norm(text)
            if key in seen_texts:
                err("duplicate text %s and %s" % (seen_texts[key], rid))
            seen_texts[key] = rid

    # privacy
    p = data["privacy"]
    type_counts = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in p:
        rid, text = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list):
            err("%s: identifiers not a list" % rid)
            ids = []
        if not isinstance(quasi, list):
            err("%s: quasi not a list" % rid)
            quasi = []
        seen_pairs = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident) != {"type", "text"}:
                err("%s: bad identifier object %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("%s: unknown identifier type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"] or ident["text"] not in text:
                err("%s: identifier %r not a substring of text" % (rid, ident["text"]))
            if (ident["type"], ident["text"]) in seen_pairs:
                err("%s: identifier listed twice %r" % (rid, ident["text"]))
            seen_pairs.add((ident["type"], ident["text"]))
            type_counts[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("%s: quasi %r not a substring string" % (rid, q))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    print("== privacy: %d items, %d with identifiers, %d trap-only, %d with quasi" % (len(p), with_ids, trap_only, with_quasi))
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_counts[t]))
        if type_counts[t] < 5:
            err("privacy: identifier type %s used %d times (<5)" % (t, type_counts[t]))
    if type_counts and type_counts.most_common(1)[0][0] != "name":
        err("privacy: name is not the most common identifier type")
    if len(p) < 260:
        err("privacy: %d items (<260)" % len(p))
    if with_ids < 150:
        err("privacy: %d with identifiers (<150)" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only (<100)" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi (<15)" % with_quasi)

    # triage
    t = data["triage"]
    dep = collections.Counter(r.get("department") for r in t)
    age = collections.Counter(r.get("age_range") for r in t)
    gen = collections.Counter(r.get("gender") for r in t)
    for r in t:
        if r.get("department") not in DEPARTMENTS:
            err("%s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s: bad gender %r" % (r.get("id"), r.get("gender")))
    print("== triage: %d items" % len(t))
    print("  departments:")
    for d in DEPARTMENTS:
        print("    %-22s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage: department %s has %d items (need exactly 4)" % (d, dep[d]))
    print("  age ranges: " + ", ".join("%s=%d" % (a, age[a]) for a in AGES))
    print("  genders: " + ", ".join("%s=%d" % (g, gen[g]) for g in GENDERS))
    for a in AGES:
        if age[a] == 0:
            err("triage: age range %s unused" % a)
    for g in GENDERS:
        if gen[g] == 0:
            err("triage: gender %s unused" % g)
    if len(t) != 88:
        err("triage: %d items (need exactly 88)" % len(t))

    # emergency
    e = data["emergency"]
    kinds = collections.Counter()
    fam_total = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    for r in e:
        rid = r.get("id")
        em, kind, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(em, bool):
            err("%s: emergency not a boolean" % rid)
        if kind not in NON_KINDS + ["now"]:
            err("%s: bad kind %r" % (rid, kind))
        if fam not in FAMILIES:
            err("%s: bad family %r" % (rid, fam))
        if em is True and kind != "now":
            err("%s: emergency true but kind %r" % (rid, kind))
        if em is False and kind == "now":
            err("%s: emergency false but kind now" % rid)
        kinds[kind] += 1
        fam_total[fam] += 1
        if em is True:
            fam_now[fam] += 1
        else:
            fam_non[fam] += 1
    n_now = sum(1 for r in e if r.get("emergency") is True)
    n_non = len(e) - n_now
    print("== emergency: %d items (%d now, %d non)" % (len(e), n_now, n_non))
    print("  kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in ["now"] + NON_KINDS))
    print("  families (total / now / non):")
    for f in FAMILIES:
        print("    %-28s %3d / %3d / %3d" % (f, fam_total[f], fam_now[f], fam_non[f]))
        if fam_now[f] < 4:
            err("emergency: family %s has %d now items (<4)" % (f, fam_now[f]))
    if n_now < 120:
        err("emergency: %d now (<120)" % n_now)
    if n_non < 200:
        err("emergency: %d non (<200)" % n_non)
    for k in NON_KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d items (<15)" % (k, kinds[k]))
    touched = sum(1 for f in FAMILIES if fam_non[f] > 0)
    print("  non-emergency families touched: %d of %d" % (touched, len(FAMILIES)))
    if touched < 15:
        err("emergency: non-emergencies touch only %d families (<15)" % touched)

    print("== errors: %d" % len(errors))
    for m in errors:
        print("  ERROR: " + m)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(p), with_ids, trap_only, with_quasi, len(t), len(e), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
