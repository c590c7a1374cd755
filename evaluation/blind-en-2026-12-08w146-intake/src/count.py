"""Standard-library checker for the built files of writer 146. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle",
            "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("%s line %d empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad json: %s" % (name, n, e))
    return rows


def occurrences(hay, needle, flags=0):
    return [m.start() for m in re.finditer(re.escape(needle), hay, flags)]


def glued(text, start, length):
    before = text[start - 1] if start > 0 else ""
    after = text[start + length] if start + length < len(text) else ""
    return (before.isalnum()) or (after.isalnum())


def check_unique(rows, name, prefix):
    ids = [r.get("id") for r in rows]
    texts = [r.get("text") for r in rows]
    for k, v in collections.Counter(ids).items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    for k, v in collections.Counter(texts).items():
        if v > 1:
            err("%s duplicate text %r" % (name, k[:60]))
    for i, r in enumerate(rows, 1):
        want = "ef-%s%03d" % (prefix, i)
        if r.get("id") != want:
            err("%s row %d id %r, expected %r" % (name, i, r.get("id"), want))


def check_privacy(rows):
    type_count = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in rows:
        rid = r.get("id")
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s keys %s" % (rid, sorted(r)))
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err("privacy %s empty text" % rid)
            continue
        if not isinstance(r["identifiers"], list) or not isinstance(r["quasi"], list):
            err("privacy %s identifiers/quasi not lists" % rid)
            continue
        seen = set()
        for ident in r["identifiers"]:
            keys = set(ident)
            if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
                err("privacy %s identifier keys %s" % (rid, sorted(keys)))
                continue
            t, s = ident["type"], ident["text"]
            if t not in ID_TYPES:
                err("privacy %s bad type %r" % (rid, t))
            key = (t, s, ident.get("occurrence"))
            if key in seen:
                err("privacy %s repeated identifier %r" % (rid, s))
            seen.add(key)
            occ = occurrences(text, s)
            if not s or not occ:
                err("privacy %s identifier %r not verbatim in text" % (rid, s))
                continue
            if "occurrence" in ident:
                k = ident["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("privacy %s occurrence %r invalid for %r (%d found)" % (rid, k, s, len(occ)))
                if len(occ) < 2:
                    err("privacy %s occurrence given but %r occurs once" % (rid, s))
            if t == "name":
                # never glued inside a longer word (checked case-insensitively, every occurrence)
                for start in occurrences(text, s, re.IGNORECASE):
                    if glued(text, start, len(s)):
                        err("privacy %s name %r glued inside a longer word at %d" % (rid, s, start))
            type_count[t] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in text:
                err("privacy %s quasi %r not verbatim" % (rid, q))
        if r["identifiers"]:
            with_ids += 1
        else:
            trap_only += 1
        if r["quasi"]:
            with_quasi += 1
    n = len(rows)
    if n < 260:
        err("privacy has %d items (<260)" % n)
    if with_ids < 150:
        err("privacy %d with identifiers (<150)" % with_ids)
    if trap_only < 100:
        err("privacy %d trap-only (<100)" % trap_only)
    if with_quasi < 15:
        err("privacy %d with quasi (<15)" % with_quasi)
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_count[t] < need:
            err("privacy type %s has %d spans (<%d)" % (t, type_count[t], need))
    print("privacy identifier spans per type:")
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_count[t]))
    return n, with_ids, trap_only, with_quasi


def check_triage(rows):
    dept = collections.Counter()
    age = collections.Counter()
    gender = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s keys %s" % (rid, sorted(r)))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err("triage %s empty text" % rid)
        if r["department"] not in DEPTS:
            err("triage %s bad department %r" % (rid, r["department"]))
        if r["age_range"] not in AGES:
            err("triage %s bad age %r" % (rid, r["age_range"]))
        if r["gender"] not in GENDERS:
            err("triage %s bad gender %r" % (rid, r["gender"]))
        dept[r["department"]] += 1
        age[r["age_range"]] += 1
        gender[r["gender"]] += 1
    if len(rows) != 88:
        err("triage has %d items (!=88)" % len(rows))
    for d in DEPTS:
        if dept[d] != 4:
            err("triage department %s has %d (!=4)" % (d, dept[d]))
    if len([a for a in AGES if age[a]]) < 6:
        err("triage ages cover fewer than 6 ranges")
    print("triage per department:")
    for d in DEPTS:
        print("  %-22s %d" % (d, dept[d]))
    print("triage per age_range:")
    for a in AGES:
        print("  %-6s %d" % (a, age[a]))
    print("triage per gender:")
    for g in GENDERS:
        print("  %-12s %d" % (g, gender[g]))
    return len(rows)


def check_emergency(rows):
    now_fam = collections.Counter()
    non_fam = collections.Counter()
    kinds = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s keys %s" % (rid, sorted(r)))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err("emergency %s empty text" % rid)
        if r["family"] not in FAMILIES:
            err("emergency %s bad family %r" % (rid, r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("emergency %s emergency=true but kind %r" % (rid, r["kind"]))
            now_fam[r["family"]] += 1
        elif r["emergency"] is False:
            if r["kind"] not in KINDS_NON:
                err("emergency %s bad non kind %r" % (rid, r["kind"]))
            non_fam[r["family"]] += 1
        else:
            err("emergency %s emergency not boolean" % rid)
        kinds[r["kind"]] += 1
    n_now = sum(now_fam.values())
    n_non = sum(non_fam.values())
    if n_now < 120:
        err("emergency now %d (<120)" % n_now)
    if n_non < 200:
        err("emergency non %d (<200)" % n_non)
    for f in FAMILIES:
        if now_fam[f] < 4:
            err("emergency family %s has %d now (<4)" % (f, now_fam[f]))
        if non_fam[f] < 1:
            err("emergency family %s has no non-emergency" % f)
    for k in KINDS_NON:
        if kinds[k] < 15:
            err("emergency kind %s has %d (<15)" % (k, kinds[k]))
    print("emergency per kind:")
    for k in ["now"] + KINDS_NON:
        print("  %-24s %d" % (k, kinds[k]))
    print("emergency per family (now / non):")
    for f in FAMILIES:
        print("  %-28s %d / %d" % (f, now_fam[f], non_fam[f]))
    return len(rows), n_now, n_non


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emer = load("emergency.jsonl")
    check_unique(priv, "privacy", "p")
    check_unique(tri, "triage", "t")
    check_unique(emer, "emergency", "e")
    all_texts = collections.Counter([r.get("text") for r in priv + tri + emer])
    for k, v in all_texts.items():
        if v > 1:
            err("text repeated across files: %r" % (k or "")[:60])
    pn, pa, pb, pc = check_privacy(priv)
    tn = check_triage(tri)
    en, ex, ey = check_emergency(emer)
    for e in errors:
        print("ERROR:", e)
    print("ERRORS: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d "
          "(%d now, %d non)" % (pn, pa, pb, pc, tn, en, ex, ey))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
