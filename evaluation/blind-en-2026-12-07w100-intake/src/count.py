"""Check and count the cl (writer 100) test set. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cl"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
KINDS = ["now"] + NON_KINDS
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def read(task):
    rows = []
    path = os.path.join(OUT, task + ".jsonl")
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, ln, e))
    return rows


def norm(t):
    return re.sub(r"\s+", "", t).lower()


def common(task, letter, rows, fields):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    ids, texts = set(), {}
    for r in rows:
        rid = r.get("id", "?")
        if set(r.keys()) != set(fields):
            err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %s" % (task, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        n = norm(t)
        if n in texts:
            err("%s %s: duplicate text of %s" % (task, rid, texts[n]))
        texts[n] = rid


def floor(what, value, minimum):
    if value < minimum:
        err("floor: %s = %d < %d" % (what, value, minimum))


def main():
    # privacy
    prows = read("privacy")
    common("privacy", "p", prows, ["id", "text", "identifiers", "quasi"])
    type_counts = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in prows:
        rid, text = r.get("id"), r.get("text", "")
        idents, quasi = r.get("identifiers"), r.get("quasi")
        if not isinstance(idents, list):
            err("privacy %s: identifiers not a list" % rid)
            idents = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen = set()
        for ident in idents:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, ident["type"]))
            if not isinstance(ident["text"], str) or not ident["text"] or ident["text"] not in text:
                err("privacy %s: identifier %r not in text" % (rid, ident["text"]))
            key = (ident["type"], ident["text"])
            if key in seen:
                err("privacy %s: identifier listed twice %r" % (rid, ident["text"]))
            seen.add(key)
            type_counts[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, str) or not q or q not in text:
                err("privacy %s: quasi %r not a substring" % (rid, q))
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    print("== privacy ==")
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_counts[t]))
        floor("identifier type %s" % t, type_counts[t], 5)
    if type_counts and type_counts["name"] != max(type_counts.values()):
        err("name is not the most common identifier type")
    floor("privacy items", len(prows), 260)
    floor("privacy with identifiers", with_ids, 150)
    floor("privacy trap-only", trap_only, 100)
    floor("privacy with quasi", with_quasi, 15)

    # triage
    trows = read("triage")
    common("triage", "t", trows, ["id", "text", "department", "age_range", "gender"])
    dept, ages, gens = collections.Counter(), collections.Counter(), collections.Counter()
    for r in trows:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dept[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    print("== triage ==")
    for d in DEPARTMENTS:
        print("  %-20s %d" % (d, dept[d]))
        if dept[d] != 4:
            err("triage: department %s has %d items (need exactly 4)" % (d, dept[d]))
    if len(trows) != 88:
        err("triage: %d items (need exactly 88)" % len(trows))
    print("  age ranges: " + ", ".join("%s=%d" % (a, ages[a]) for a in AGES))
    print("  genders: " + ", ".join("%s=%d" % (g, gens[g]) for g in GENDERS))
    for a in AGES:
        floor("triage age %s" % a, ages[a], 1)
    for g in GENDERS:
        floor("triage gender %s" % g, gens[g], 1)

    # emergency
    erows = read("emergency")
    common("emergency", "e", erows, ["id", "text", "emergency", "kind", "family"])
    kinds = collections.Counter()
    fam = collections.defaultdict(lambda: [0, 0, 0])
    now = non = 0
    for r in erows:
        rid, e, k, f = r.get("id"), r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % rid)
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r inconsistent with kind %r" % (rid, e, k))
        kinds[k] += 1
        fam[f][0] += 1
        if e is True:
            now += 1
            fam[f][1] += 1
        else:
            non += 1
            fam[f][2] += 1
    print("== emergency ==")
    for k in KINDS:
        print("  %-24s %d" % (k, kinds[k]))
    for k in NON_KINDS:
        floor("non-emergency kind %s" % k, kinds[k], 15)
    print("  family (total / now / non):")
    for f in FAMILIES:
        print("  %-28s %d / %d / %d" % (f, fam[f][0], fam[f][1], fam[f][2]))
        floor("now-emergencies in family %s" % f, fam[f][1], 4)
    floor("emergencies (now)", now, 120)
    floor("hard non-emergencies", non, 200)
    touched = sum(1 for f in FAMILIES if fam[f][2] > 0)
    print("  families touched by non-emergencies: %d of %d" % (touched, len(FAMILIES)))

    print("== errors: %d ==" % len(errors))
    for m in errors:
        print("  ERROR " + m)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(prows), with_ids, trap_only, with_quasi, len(trows), len(erows), now, non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
