"""Check and count the en87-intake blind test set. Standard library only."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bx"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics",
               "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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


def read(task):
    path = os.path.join(OUT, task + ".jsonl")
    rows = []
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (task, n, e))
    return rows


def check_common(task, rows, letter, fields):
    ids, texts = set(), set()
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    for r in rows:
        rid = r.get("id")
        if list(r.keys())[:1] != ["id"]:
            err("%s: id is not the first field in %r" % (task, rid))
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (task, rid))
        if rid in ids:
            err("%s: duplicate id %r" % (task, rid))
        ids.add(rid)
        if set(r.keys()) != set(["id"] + fields):
            err("%s %s: fields %s, expected %s" % (task, rid, sorted(r.keys()), sorted(["id"] + fields)))
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty or non-string text" % (task, rid))
            continue
        key = " ".join(t.split()).lower()
        if key in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(key)


def main():
    # ---------------- privacy ----------------
    P = read("privacy")
    check_common("privacy", P, "p", ["text", "identifiers", "quasi"])
    type_counts = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in P:
        rid, t = r.get("id"), r.get("text", "")
        idents = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(idents, list):
            err("privacy %s: identifiers not a list" % rid)
            idents = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen = set()
        for d in idents:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: unknown identifier type %r" % (rid, d["type"]))
            if not isinstance(d["text"], str) or not d["text"] or d["text"] not in t:
                err("privacy %s: identifier text %r not a substring" % (rid, d["text"]))
            if d["text"] != d["text"].strip():
                err("privacy %s: identifier text %r has outer whitespace" % (rid, d["text"]))
            k = (d["type"], d["text"])
            if k in seen:
                err("privacy %s: repeated identifier %r" % (rid, d["text"]))
            seen.add(k)
            type_counts[d["type"]] += 1
        for q in quasi:
            if not isinstance(q, dict) or set(q.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (rid, q))
                continue
            if not isinstance(q["text"], str) or not q["text"] or q["text"] not in t:
                err("privacy %s: quasi text %r not a substring" % (rid, q["text"]))
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    if len(P) < 260:
        err("privacy: %d items < 260" % len(P))
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    for ty in ID_TYPES:
        if type_counts[ty] == 0:
            err("privacy: no identifier of type %s" % ty)

    # ---------------- triage ----------------
    T = read("triage")
    check_common("triage", T, "t", ["text", "department", "age_range", "gender"])
    dep_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
    for r in T:
        rid = r.get("id")
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: unknown department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: unknown age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: unknown gender %r" % (rid, r.get("gender")))
        dep_c[r.get("department")] += 1
        age_c[r.get("age_range")] += 1
        gen_c[r.get("gender")] += 1
    if len(T) != 88:
        err("triage: %d items, expected exactly 88" % len(T))
    for d in DEPARTMENTS:
        if dep_c[d] != 4:
            err("triage: department %s has %d items, expected 4" % (d, dep_c[d]))

    # ---------------- emergency ----------------
    E = read("emergency")
    check_common("emergency", E, "e", ["text", "emergency", "kind", "family"])
    kind_c = collections.Counter()
    fam_c = collections.defaultdict(lambda: [0, 0, 0])
    n_now = n_non = 0
    for r in E:
        rid = r.get("id")
        k, fam, em = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS:
            err("emergency %s: unknown kind %r" % (rid, k))
        if fam not in FAMILIES:
            err("emergency %s: unknown family %r" % (rid, fam))
        if not isinstance(em, bool):
            err("emergency %s: emergency not a bool" % rid)
        if em is not (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, em, k))
        kind_c[k] += 1
        fam_c[fam][0] += 1
        if em is True:
            n_now += 1
            fam_c[fam][1] += 1
        else:
            n_non += 1
            fam_c[fam][2] += 1
    if n_now < 120:
        err("emergency: %d now items < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non-emergencies < 200" % n_non)
    for fam in FAMILIES:
        if fam_c[fam][1] < 1:
            err("emergency: family %s has no now item" % fam)
    for k in KINDS[1:]:
        if kind_c[k] < 15:
            err("emergency: kind %s has %d items < 15" % (k, kind_c[k]))

    # ---------------- report ----------------
    print("== privacy ==")
    print("items: %d; with identifiers: %d; trap-only: %d; with quasi: %d" % (len(P), with_ids, trap_only, with_quasi))
    for ty in ID_TYPES:
        print("  %-14s %d" % (ty, type_counts[ty]))
    print("== triage ==")
    print("items: %d" % len(T))
    print("department:")
    for d in DEPARTMENTS:
        print("  %-22s %d" % (d, dep_c[d]))
    print("age_range:")
    for a in AGES:
        print("  %-8s %d" % (a, age_c[a]))
    print("gender:")
    for g in GENDERS:
        print("  %-12s %d" % (g, gen_c[g]))
    print("== emergency ==")
    print("items: %d; now: %d; non: %d" % (len(E), n_now, n_non))
    print("kind:")
    for k in KINDS:
        print("  %-24s %d" % (k, kind_c[k]))
    print("family (total / now / non):")
    for fam in FAMILIES:
        a, b, c = fam_c[fam]
        print("  %-28s %3d / %3d / %3d" % (fam, a, b, c))
    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(P), with_ids, trap_only, with_quasi, len(T), len(E), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
