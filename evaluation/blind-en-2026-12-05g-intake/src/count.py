"""Validate the three JSONL files and print count tables (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"]
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s line %d does not parse: %s" % (name, n, e))
    return rows


def check_common(name, rows, fields, prefix):
    seen = set()
    for r in rows:
        if set(r) != fields:
            err("%s %s: fields %s" % (name, r.get("id"), sorted(r)))
        rid = r.get("id", "")
        if not rid.startswith(prefix):
            err("%s: bad id prefix %s" % (name, rid))
        if rid in seen:
            err("%s: duplicate id %s" % (name, rid))
        seen.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (name, rid))


def main():
    P = load("privacy.jsonl")
    T = load("triage.jsonl")
    E = load("emergency.jsonl")
    check_common("privacy", P, {"id", "text", "identifiers", "quasi"}, "m-p")
    check_common("triage", T, {"id", "text", "age_range", "gender", "department"}, "m-t")
    check_common("emergency", E, {"id", "text", "emergency", "family", "kind"}, "m-e")

    # duplicate texts within and across files
    alltexts = collections.Counter(r["text"].strip().lower() for r in P + T + E)
    for t, c in alltexts.items():
        if c > 1:
            err("duplicate text: %r" % t[:60])

    # privacy
    type_counts = collections.Counter()
    n_none = n_quasi = 0
    for r in P:
        ids = r["identifiers"]
        if not ids:
            n_none += 1
        seen = set()
        for i in ids:
            if set(i) != {"type", "text"}:
                err("privacy %s: identifier fields %s" % (r["id"], sorted(i)))
                continue
            if i["type"] not in ID_TYPES:
                err("privacy %s: bad type %s" % (r["id"], i["type"]))
            if i["text"] not in r["text"]:
                err("privacy %s: span not in text: %r" % (r["id"], i["text"]))
            if (i["type"], i["text"]) in seen:
                err("privacy %s: repeated identifier %r" % (r["id"], i["text"]))
            seen.add((i["type"], i["text"]))
            type_counts[i["type"]] += 1
        if not isinstance(r["quasi"], list):
            err("privacy %s: quasi not a list" % r["id"])
        else:
            if r["quasi"]:
                n_quasi += 1
            for q in r["quasi"]:
                if q not in r["text"]:
                    err("privacy %s: quasi not in text: %r" % (r["id"], q))
    if len(P) < 170:
        err("privacy: %d items < 170" % len(P))
    if n_quasi < 20:
        err("privacy: %d items with quasi < 20" % n_quasi)
    if not (0.25 <= n_none / max(len(P), 1) <= 0.42):
        err("privacy: share without identifiers %.2f is not about a third" % (n_none / len(P)))
    for t in ID_TYPES:
        if type_counts[t] == 0:
            err("privacy: no identifier of type %s" % t)

    # triage
    dept_counts = collections.Counter()
    for r in T:
        if r["department"] not in DEPTS:
            err("triage %s: bad department %s" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("triage %s: bad age_range %s" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("triage %s: bad gender %s" % (r["id"], r["gender"]))
        dept_counts[r["department"]] += 1
    for d in DEPTS:
        if dept_counts[d] != 4:
            err("triage: %s has %d items, not 4" % (d, dept_counts[d]))
    if len(T) != 88:
        err("triage: %d items, not 88" % len(T))

    # emergency
    em_fam = collections.Counter()
    non_kind = collections.Counter()
    non_fam = collections.Counter()
    for r in E:
        if not isinstance(r["emergency"], bool):
            err("emergency %s: emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("emergency %s: bad family %s" % (r["id"], r["family"]))
        if r["emergency"]:
            if r["kind"] != "now":
                err("emergency %s: emergency with kind %s" % (r["id"], r["kind"]))
            em_fam[r["family"]] += 1
        else:
            if r["kind"] not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %s" % (r["id"], r["kind"]))
            non_kind[r["kind"]] += 1
            non_fam[r["family"]] += 1
    n_em = sum(em_fam.values())
    n_non = sum(non_kind.values())
    if n_em < 70:
        err("emergency: %d emergencies < 70" % n_em)
    if n_non < 100:
        err("emergency: %d non-emergencies < 100" % n_non)
    for f in FAMILIES:
        if em_fam[f] < 2:
            err("emergency: family %s has %d emergencies < 2" % (f, em_fam[f]))
    for k in NON_KINDS:
        if non_kind[k] == 0:
            err("emergency: kind %s missing" % k)

    # tables
    print("privacy.jsonl: %d items, %d without identifiers (%.0f%%), %d with quasi"
          % (len(P), n_none, 100.0 * n_none / len(P), n_quasi))
    print("  identifiers by type:")
    for t in sorted(ID_TYPES):
        print("    %-14s %3d" % (t, type_counts[t]))
    print("triage.jsonl: %d items" % len(T))
    for d in DEPTS:
        print("    %-22s %d" % (d, dept_counts[d]))
    print("  gender:", dict(sorted(collections.Counter(r["gender"] for r in T).items())))
    print("  age_range:", dict(sorted(collections.Counter(r["age_range"] for r in T).items())))
    print("emergency.jsonl: %d items, %d emergencies, %d hard non-emergencies" % (len(E), n_em, n_non))
    print("  emergencies by family:")
    for f in FAMILIES:
        print("    %-26s %d" % (f, em_fam[f]))
    print("  non-emergencies by kind:")
    for k in NON_KINDS:
        print("    %-24s %d" % (k, non_kind[k]))
    print("  non-emergencies by family:")
    for f in FAMILIES:
        if non_fam[f]:
            print("    %-26s %d" % (f, non_fam[f]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nAll checks passed.")


if __name__ == "__main__":
    main()
