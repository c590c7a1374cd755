"""Check the three JSONL files and print count tables (stdlib only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "af"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
         "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
         "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
         "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
         "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
         "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
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
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s line %d: bad json %s" % (name, n, e))
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %d" % (k, counter.get(k, 0)))


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    em = load("emergency.jsonl")

    seen_ids = set()
    seen_text = {}
    for fname, rows, letter, fields in [
            ("privacy", priv, "p", {"id", "text", "identifiers", "quasi"}),
            ("triage", tri, "t", {"id", "text", "department", "age_range", "gender"}),
            ("emergency", em, "e", {"id", "text", "emergency", "kind", "family"})]:
        for r in rows:
            if set(r) != fields:
                err("%s %s: fields %s" % (fname, r.get("id"), sorted(r)))
            rid = r.get("id", "")
            if not (rid.startswith("%s-%s" % (PREFIX, letter)) and rid[len(PREFIX) + 2:].isdigit()
                    and len(rid[len(PREFIX) + 2:]) >= 3):
                err("bad id %r" % rid)
            if rid in seen_ids:
                err("duplicate id %s" % rid)
            seen_ids.add(rid)
            t = r.get("text", "")
            if not isinstance(t, str) or not t.strip():
                err("%s: empty text" % rid)
            key = " ".join(t.split()).lower()
            if key in seen_text:
                err("duplicate text %s and %s" % (seen_text[key], rid))
            seen_text[key] = rid

    # privacy
    type_counts = collections.Counter()
    items_with_type = collections.Counter()
    n_with = n_quasi_items = n_quasi = 0
    for r in priv:
        ids = r["identifiers"]
        if not isinstance(ids, list) or not isinstance(r["quasi"], list):
            err("%s: identifiers/quasi not lists" % r["id"])
            continue
        if ids:
            n_with += 1
        seen_pairs = set()
        for i in ids:
            if set(i) != {"type", "text"}:
                err("%s: identifier fields %s" % (r["id"], sorted(i)))
                continue
            if i["type"] not in ID_TYPES:
                err("%s: bad identifier type %s" % (r["id"], i["type"]))
            if i["text"] not in r["text"]:
                err("%s: identifier not substring: %r" % (r["id"], i["text"]))
            if (i["type"], i["text"]) in seen_pairs:
                err("%s: identifier listed twice: %r" % (r["id"], i["text"]))
            seen_pairs.add((i["type"], i["text"]))
            type_counts[i["type"]] += 1
        for t in set(i["type"] for i in ids):
            items_with_type[t] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in r["text"]:
                err("%s: quasi not substring: %r" % (r["id"], q))
            n_quasi += 1
        if r["quasi"]:
            n_quasi_items += 1
    print("PRIVACY: %d items, %d with identifiers (%.0f%%), %d trap-only, %d quasi flags in %d items"
          % (len(priv), n_with, 100.0 * n_with / max(1, len(priv)), len(priv) - n_with,
             n_quasi, n_quasi_items))
    table("identifier spans by type", type_counts, ID_TYPES)
    table("items containing type", items_with_type, ID_TYPES)
    if len(priv) < 250:
        err("privacy: fewer than 250 items")
    for t in ID_TYPES:
        if type_counts[t] < 8:
            err("privacy: type %s fewer than 8" % t)
    if type_counts and type_counts.most_common(1)[0][0] != "name":
        err("privacy: name is not the most frequent type")

    # triage
    dc = collections.Counter()
    ac = collections.Counter()
    gc = collections.Counter()
    for r in tri:
        if r["department"] not in DEPTS:
            err("%s: bad department %s" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s: bad age_range %s" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s: bad gender %s" % (r["id"], r["gender"]))
        dc[r["department"]] += 1
        ac[r["age_range"]] += 1
        gc[r["gender"]] += 1
    print("\nTRIAGE: %d items" % len(tri))
    table("by department", dc, DEPTS)
    table("by age_range", ac, AGES)
    table("by gender", gc, GENDERS)
    if len(tri) != 88:
        err("triage: expected 88 items")
    for d in DEPTS:
        if dc[d] != 4:
            err("triage: department %s has %d" % (d, dc[d]))

    # emergency
    kc = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_true = n_false = 0
    for r in em:
        if not isinstance(r["emergency"], bool):
            err("%s: emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s: bad family %s" % (r["id"], r["family"]))
        if r["emergency"]:
            n_true += 1
            if r["kind"] != "now":
                err("%s: emergency with kind %s" % (r["id"], r["kind"]))
            fam_now[r["family"]] += 1
        else:
            n_false += 1
            if r["kind"] not in KINDS:
                err("%s: bad non-emergency kind %s" % (r["id"], r["kind"]))
            kc[r["kind"]] += 1
            fam_non[r["family"]] += 1
    print("\nEMERGENCY: %d items, %d emergencies, %d non-emergencies" % (len(em), n_true, n_false))
    table("emergencies by family", fam_now, FAMILIES)
    table("non-emergencies by kind", kc, KINDS)
    table("non-emergencies by family", fam_non, FAMILIES)
    if n_true < 110:
        err("emergency: fewer than 110 emergencies")
    if n_false < 170:
        err("emergency: fewer than 170 non-emergencies")
    for f in FAMILIES:
        if fam_now[f] < 4:
            err("emergency: family %s has %d emergencies" % (f, fam_now[f]))
    for k in KINDS:
        if kc[k] < 18:
            err("emergency: kind %s has %d" % (k, kc[k]))

    print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    print("SUMMARY: privacy=%d (with identifiers=%d, trap-only=%d, quasi=%d) triage=%d "
          "emergency=%d (emergencies=%d, non-emergencies=%d) errors=%d"
          % (len(priv), n_with, len(priv) - n_with, n_quasi, len(tri), len(em), n_true, n_false,
             len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
