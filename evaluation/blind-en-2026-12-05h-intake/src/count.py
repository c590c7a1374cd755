"""Validate the three JSONL files and print count tables."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]
NONEM_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
               "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]

errors = []


def err(msg):
    errors.append(msg)


def load(name, prefix, fields):
    rows, ids = [], set()
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(f"{name}:{n} does not parse: {e}")
                continue
            if set(r) != fields:
                err(f"{name}:{n} fields {sorted(r)}")
            if not re.fullmatch(prefix + r"\d{3}", str(r.get("id", ""))):
                err(f"{name}:{n} bad id {r.get('id')}")
            if r.get("id") in ids:
                err(f"{name}:{n} duplicate id")
            ids.add(r.get("id"))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err(f"{name}:{n} empty text")
            rows.append(r)
    return rows


def norm(t):
    return " ".join(t.lower().split())


def main():
    P = load("privacy.jsonl", "n-p", {"id", "text", "identifiers", "quasi"})
    T = load("triage.jsonl", "n-t", {"id", "text", "age_range", "gender", "department"})
    E = load("emergency.jsonl", "n-e", {"id", "text", "emergency", "family", "kind"})

    seen = {}
    for fname, rows in (("privacy", P), ("triage", T), ("emergency", E)):
        for r in rows:
            k = norm(r["text"])
            if k in seen:
                err(f"duplicate text {r['id']} and {seen[k]}")
            seen[k] = r["id"]

    # privacy
    tcount, none, withq = Counter(), 0, 0
    for r in P:
        if not isinstance(r["identifiers"], list) or not isinstance(r["quasi"], list):
            err(f"{r['id']} identifiers/quasi not lists")
            continue
        if not r["identifiers"]:
            none += 1
        pairs = set()
        for it in r["identifiers"]:
            if set(it) != {"type", "text"}:
                err(f"{r['id']} identifier fields {sorted(it)}")
                continue
            if it["type"] not in ID_TYPES:
                err(f"{r['id']} bad identifier type {it['type']}")
            if not it["text"] or it["text"] not in r["text"]:
                err(f"{r['id']} span not in text: {it['text']!r}")
            if (it["type"], it["text"]) in pairs:
                err(f"{r['id']} repeated identifier {it['text']!r}")
            pairs.add((it["type"], it["text"]))
            tcount[it["type"]] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or not q or q not in r["text"]:
                err(f"{r['id']} quasi not in text: {q!r}")
        if r["quasi"]:
            withq += 1
    if len(P) < 170:
        err(f"privacy has {len(P)} < 170")
    frac = none / max(len(P), 1)
    if not 0.28 <= frac <= 0.40:
        err(f"privacy no-identifier share {frac:.2f} not about a third")
    if withq < 20:
        err(f"only {withq} privacy items with quasi")

    # triage
    dc = Counter()
    for r in T:
        if r["department"] not in DEPTS:
            err(f"{r['id']} bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']} bad age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']} bad gender {r['gender']}")
        dc[r["department"]] += 1
    if len(T) != 88:
        err(f"triage has {len(T)} != 88")
    for d in DEPTS:
        if dc[d] != 4:
            err(f"department {d} has {dc[d]} != 4")

    # emergency
    fam_now, kind_non, fam_non = Counter(), Counter(), Counter()
    for r in E:
        if not isinstance(r["emergency"], bool):
            err(f"{r['id']} emergency not bool")
        if r["family"] not in FAMILIES:
            err(f"{r['id']} bad family {r['family']}")
        if r["emergency"]:
            if r["kind"] != "now":
                err(f"{r['id']} emergency with kind {r['kind']}")
            fam_now[r["family"]] += 1
        else:
            if r["kind"] not in NONEM_KINDS:
                err(f"{r['id']} non-emergency with kind {r['kind']}")
            kind_non[r["kind"]] += 1
            fam_non[r["family"]] += 1
    n_now = sum(fam_now.values())
    n_non = sum(kind_non.values())
    if n_now < 70:
        err(f"only {n_now} emergencies")
    if n_non < 100:
        err(f"only {n_non} non-emergencies")
    for f in FAMILIES:
        if fam_now[f] < 2:
            err(f"family {f} has {fam_now[f]} emergencies")
    for k in NONEM_KINDS:
        if kind_non[k] == 0:
            err(f"kind {k} missing")

    print(f"privacy.jsonl: {len(P)} items; {none} with no identifiers ({frac:.0%}); "
          f"{len(P) - none} with identifiers; {withq} with quasi")
    print("  identifier spans by type:")
    for t in sorted(ID_TYPES):
        print(f"    {t:15s} {tcount[t]}")
    print(f"triage.jsonl: {len(T)} items")
    for d in DEPTS:
        print(f"    {d:22s} {dc[d]}")
    print("  age_range:", dict(sorted(Counter(r['age_range'] for r in T).items())))
    print("  gender:", dict(sorted(Counter(r['gender'] for r in T).items())))
    print(f"emergency.jsonl: {len(E)} items; {n_now} emergencies; {n_non} non-emergencies")
    print("  emergencies by family / non-emergencies by family:")
    for f in FAMILIES:
        print(f"    {f:26s} {fam_now[f]:3d} {fam_non[f]:3d}")
    print("  non-emergencies by kind:")
    for k in NONEM_KINDS:
        print(f"    {k:24s} {kind_non[k]}")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nAll checks passed.")


if __name__ == "__main__":
    main()
