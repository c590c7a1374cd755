"""Check and count the writer-93 blind test set. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(task, letter):
    path = os.path.join(OUT, task + ".jsonl")
    recs = []
    if not os.path.exists(path):
        err("missing file " + path)
        return recs
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (task, ln, e))
                continue
            if list(rec.keys())[:1] != ["id"]:
                err("%s line %d: id is not the first field" % (task, ln))
            rid = rec.get("id", "")
            if not (isinstance(rid, str) and rid.startswith("ce-" + letter) and rid[4:].isdigit() and len(rid) == 7):
                err("%s line %d: bad id %r" % (task, ln, rid))
            if not isinstance(rec.get("text"), str) or not rec.get("text", "").strip():
                err("%s %s: empty or missing text" % (task, rid))
            recs.append(rec)
    ids = Counter(r.get("id") for r in recs)
    texts = Counter(r.get("text") for r in recs)
    for k, v in ids.items():
        if v > 1:
            err("%s: duplicate id %s" % (task, k))
    for k, v in texts.items():
        if v > 1:
            err("%s: duplicate text %r" % (task, (k or "")[:60]))
    return recs


def main():
    # privacy
    priv = load("privacy", "p")
    type_counts = Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: fields %s" % (rid, sorted(r.keys())))
        ids = r.get("identifiers")
        quasi = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(quasi, list):
            err("privacy %s: identifiers/quasi not lists" % rid)
            continue
        seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: unknown type %r" % (rid, ident["type"]))
            if not ident["text"] or ident["text"] not in r["text"]:
                err("privacy %s: identifier text not in item: %r" % (rid, ident["text"]))
            if ident["text"] in seen:
                err("privacy %s: repeated identifier %r" % (rid, ident["text"]))
            seen.add(ident["text"])
            type_counts[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, dict) or set(q.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (rid, q))
                continue
            if not q["text"] or q["text"] not in r["text"]:
                err("privacy %s: quasi text not in item: %r" % (rid, q["text"]))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    if len(priv) < 260:
        err("privacy: %d items < 260" % len(priv))
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    print("== privacy: %d items" % len(priv))
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_counts[t]))
        if type_counts[t] == 0:
            err("privacy: no identifier of type %s" % t)

    # triage
    tri = load("triage", "t")
    dept = Counter()
    ages = Counter()
    gens = Counter()
    for r in tri:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: fields %s" % (rid, sorted(r.keys())))
        if r.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dept[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        gens[r.get("gender")] += 1
    if len(tri) != 88:
        err("triage: %d items != 88" % len(tri))
    print("== triage: %d items" % len(tri))
    for d in DEPARTMENTS:
        print("  %-22s %d" % (d, dept[d]))
        if dept[d] != 4:
            err("triage: department %s has %d != 4" % (d, dept[d]))
    print("  age ranges:", ", ".join("%s=%d" % (a, ages[a]) for a in AGES))
    print("  genders:", ", ".join("%s=%d" % (g, gens[g]) for g in GENDERS))

    # emergency
    emg = load("emergency", "e")
    kinds = Counter()
    fam_tot = Counter()
    fam_now = Counter()
    fam_non = Counter()
    for r in emg:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: fields %s" % (rid, sorted(r.keys())))
        k = r.get("kind")
        fam = r.get("family")
        e = r.get("emergency")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % rid)
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kinds[k] += 1
        fam_tot[fam] += 1
        if k == "now":
            fam_now[fam] += 1
        else:
            fam_non[fam] += 1
    n_now = kinds["now"]
    n_non = len(emg) - n_now
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    print("== emergency: %d items (%d now, %d non)" % (len(emg), n_now, n_non))
    print("  kinds:")
    for k in KINDS:
        print("    %-24s %d" % (k, kinds[k]))
        if k != "now" and kinds[k] < 15:
            err("emergency: kind %s has %d < 15" % (k, kinds[k]))
    print("  families (total / now / non):")
    for f in FAMILIES:
        print("    %-26s %3d / %3d / %3d" % (f, fam_tot[f], fam_now[f], fam_non[f]))
        if fam_now[f] < 1:
            err("emergency: family %s has no now item" % f)
        if fam_non[f] < 1:
            err("emergency: family %s has no non item" % f)

    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
