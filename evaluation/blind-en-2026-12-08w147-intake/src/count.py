"""Standard-library checker for the built askdoc intake test set (writer 147)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "eg"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("%s line %d empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad JSON: %s" % (name, n, e))
    return rows


def check_ids(rows, name, letter):
    seen_ids, seen_texts = set(), set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s bad id %r" % (name, rid))
        if rid in seen_ids:
            err("%s duplicate id %s" % (name, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s empty text" % (name, rid))
            continue
        if t in seen_texts:
            err("%s %s duplicate text" % (name, rid))
        seen_texts.add(t)
    return seen_texts


def glued(text, span):
    """True if some occurrence of span (any case) sits inside a longer word."""
    for m in re.finditer(re.escape(span), text, re.IGNORECASE):
        a, b = m.start(), m.end()
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        if (before.isalnum() or before == "_") or (after.isalnum() or after == "_"):
            return True
    return False


def main():
    # ---------------- privacy
    priv = load("privacy.jsonl")
    ptexts = check_ids(priv, "privacy", "p")
    type_counts = collections.Counter()
    n_with, n_trap, n_quasi = 0, 0, 0
    for r in priv:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s keys %s" % (rid, sorted(r.keys())))
            continue
        text = r["text"]
        idents = r["identifiers"]
        quasi = r["quasi"]
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err("privacy %s identifiers/quasi not lists" % rid)
            continue
        seen = set()
        for d in idents:
            if not isinstance(d, dict) or not ({"type", "text"} <= set(d) <= {"type", "text", "occurrence"}):
                err("privacy %s bad identifier %r" % (rid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s unknown type %r" % (rid, d["type"]))
            span = d["text"]
            if not isinstance(span, str) or not span or span != span.strip():
                err("privacy %s bad span %r" % (rid, span))
                continue
            cnt = text.count(span)
            if cnt == 0:
                err("privacy %s span not in text: %r" % (rid, span))
            if "occurrence" in d:
                k = d["occurrence"]
                if not isinstance(k, int) or k < 1 or k > cnt:
                    err("privacy %s bad occurrence %r for %r (found %d)" % (rid, k, span, cnt))
            key = (d["type"], span, d.get("occurrence"))
            if key in seen or (span, d.get("occurrence")) in {(s, o) for (_, s, o) in seen}:
                err("privacy %s repeated identifier %r" % (rid, span))
            seen.add(key)
            if d["type"] == "name":
                if glued(text, span):
                    err("privacy %s name %r glued inside a longer word" % (rid, span))
                if re.match(r"^(Dr|Dra|Mrs|Mr|Ms|Sr|Sra)\.?\s", span):
                    err("privacy %s name %r includes a title" % (rid, span))
            type_counts[d["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or q not in text:
                err("privacy %s quasi not in text: %r" % (rid, q))
        if idents:
            n_with += 1
        else:
            n_trap += 1
        if quasi:
            n_quasi += 1
    if len(priv) < 260:
        err("privacy has %d items (<260)" % len(priv))
    if n_with < 150:
        err("privacy with identifiers %d (<150)" % n_with)
    if n_trap < 100:
        err("privacy trap-only %d (<100)" % n_trap)
    if n_quasi < 15:
        err("privacy with quasi %d (<15)" % n_quasi)
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_counts[t] < need:
            err("privacy type %s has %d spans (<%d)" % (t, type_counts[t], need))

    # ---------------- triage
    tri = load("triage.jsonl")
    ttexts = check_ids(tri, "triage", "t")
    dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s keys %s" % (rid, sorted(r.keys())))
            continue
        if r["department"] not in DEPTS:
            err("triage %s bad department %r" % (rid, r["department"]))
        if r["age_range"] not in AGES:
            err("triage %s bad age %r" % (rid, r["age_range"]))
        if r["gender"] not in GENDERS:
            err("triage %s bad gender %r" % (rid, r["gender"]))
        dept_c[r["department"]] += 1
        age_c[r["age_range"]] += 1
        gen_c[r["gender"]] += 1
    if len(tri) != 88:
        err("triage has %d items (need exactly 88)" % len(tri))
    for d in DEPTS:
        if dept_c[d] != 4:
            err("triage department %s has %d items (need 4)" % (d, dept_c[d]))
    if len([a for a in AGES if age_c[a]]) < 6:
        err("triage ages cover fewer than 6 ranges")

    # ---------------- emergency
    em = load("emergency.jsonl")
    etexts = check_ids(em, "emergency", "e")
    kind_c, fam_now, fam_non = collections.Counter(), collections.Counter(), collections.Counter()
    n_now, n_non = 0, 0
    for r in em:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s keys %s" % (rid, sorted(r.keys())))
            continue
        if r["family"] not in FAMILIES:
            err("emergency %s bad family %r" % (rid, r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("emergency %s true but kind %r" % (rid, r["kind"]))
            n_now += 1
            fam_now[r["family"]] += 1
        elif r["emergency"] is False:
            if r["kind"] not in KINDS_NON:
                err("emergency %s false but kind %r" % (rid, r["kind"]))
            n_non += 1
            fam_non[r["family"]] += 1
        else:
            err("emergency %s emergency not boolean" % rid)
        kind_c[r["kind"]] += 1
    if n_now < 120:
        err("emergency now %d (<120)" % n_now)
    if n_non < 200:
        err("emergency non %d (<200)" % n_non)
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency family %s has %d now items (<4)" % (f, fam_now[f]))
    for k in KINDS_NON:
        if kind_c[k] < 15:
            err("emergency kind %s has %d items (<15)" % (k, kind_c[k]))
    if len([f for f in FAMILIES if fam_non[f]]) < 22:
        err("non-emergency families cover only %d of 26" % len([f for f in FAMILIES if fam_non[f]]))

    # texts unique across the three files too
    if ptexts & ttexts or ptexts & etexts or ttexts & etexts:
        err("a text appears in more than one task file")

    # ---------------- report
    print("privacy identifier spans per type:")
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_counts[t]))
    print("triage per department:")
    for d in DEPTS:
        print("  %-22s %d" % (d, dept_c[d]))
    print("triage per age range:")
    for a in AGES:
        print("  %-6s %d" % (a, age_c[a]))
    print("triage per gender:")
    for g in GENDERS:
        print("  %-12s %d" % (g, gen_c[g]))
    print("emergency per kind:")
    for k in ["now"] + KINDS_NON:
        print("  %-24s %d" % (k, kind_c[k]))
    print("emergency per family (now / non):")
    for f in FAMILIES:
        print("  %-26s %d / %d" % (f, fam_now[f], fam_non[f]))
    for e in errors:
        print("ERROR:", e)
    print("ERRORS: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d "
          "(%d now, %d non)" % (len(priv), n_with, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
