"""Validate the three JSONL files and print count tables."""
import json
import os
import sys
from collections import Counter

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
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]
NOT_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]

errors = []


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(r) != fields:
                err("%s:%d fields %s" % (name, n, sorted(r)))
            if not str(r.get("id", "")).startswith(prefix):
                err("%s:%d bad id prefix %r" % (name, n, r.get("id")))
            if not isinstance(r.get("text"), str) or not r.get("text").strip():
                err("%s:%d empty text" % (name, n))
            rows.append(r)
    ids = Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1:
            err("%s duplicate id %s" % (name, k))
    return rows


def table(title, counter, order=None):
    print("  " + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("    %-28s %4d" % (k, counter.get(k, 0)))


def main():
    priv = load("privacy.jsonl", {"id", "text", "identifiers", "quasi"}, "i-p")
    tri = load("triage.jsonl", {"id", "text", "age_range", "gender", "department"}, "i-t")
    emg = load("emergency.jsonl", {"id", "text", "emergency", "family", "kind"}, "i-e")

    # duplicates within and across files
    seen = {}
    for name, rows in (("privacy", priv), ("triage", tri), ("emergency", emg)):
        for r in rows:
            key = " ".join(r["text"].lower().split())
            if key in seen:
                err("duplicate text: %s and %s" % (seen[key], r["id"]))
            seen[key] = r["id"]

    # privacy
    type_c = Counter()
    none_n = quasi_n = 0
    for r in priv:
        ids = r["identifiers"]
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r["id"])
            continue
        if not ids:
            none_n += 1
        pairs = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err("%s bad identifier %r" % (r["id"], d))
                continue
            if d["type"] not in ID_TYPES:
                err("%s bad identifier type %r" % (r["id"], d["type"]))
            if not d["text"] or d["text"] not in r["text"]:
                err("%s identifier not a substring: %r" % (r["id"], d["text"]))
            if (d["type"], d["text"]) in pairs:
                err("%s repeated identifier %r" % (r["id"], d["text"]))
            pairs.add((d["type"], d["text"]))
            type_c[d["type"]] += 1
        q = r["quasi"]
        if not isinstance(q, list):
            err("%s quasi not a list" % r["id"])
            continue
        if q:
            quasi_n += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in r["text"]:
                err("%s quasi not a substring: %r" % (r["id"], s))
    if len(priv) < 170:
        err("privacy has %d items (< 170)" % len(priv))
    if quasi_n < 20:
        err("only %d privacy items with quasi (< 20)" % quasi_n)
    if not (0.28 <= none_n / max(len(priv), 1) <= 0.40):
        err("no-identifier share %d/%d is not about a third" % (none_n, len(priv)))

    # triage
    dept_c = Counter()
    for r in tri:
        if r["department"] not in DEPTS:
            err("%s bad department %r" % (r["id"], r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %r" % (r["id"], r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (r["id"], r["gender"]))
        dept_c[r["department"]] += 1
    for d in DEPTS:
        if dept_c[d] != 4:
            err("department %s has %d items (!= 4)" % (d, dept_c[d]))
    if len(tri) != 88:
        err("triage has %d items (!= 88)" % len(tri))

    # emergency
    fam_now = Counter()
    fam_not = Counter()
    kind_c = Counter()
    for r in emg:
        if not isinstance(r["emergency"], bool):
            err("%s emergency not bool" % r["id"])
        if r["family"] not in FAMILIES:
            err("%s bad family %r" % (r["id"], r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("%s emergency with kind %r" % (r["id"], r["kind"]))
            fam_now[r["family"]] += 1
        else:
            if r["kind"] not in NOT_KINDS:
                err("%s non-emergency with kind %r" % (r["id"], r["kind"]))
            fam_not[r["family"]] += 1
            kind_c[r["kind"]] += 1
    n_now = sum(fam_now.values())
    n_not = sum(fam_not.values())
    if n_now < 70:
        err("only %d emergencies (< 70)" % n_now)
    if n_not < 100:
        err("only %d non-emergencies (< 100)" % n_not)
    for f in FAMILIES:
        if fam_now[f] < 2:
            err("family %s has %d emergencies (< 2)" % (f, fam_now[f]))
    for k in NOT_KINDS:
        if kind_c[k] == 0:
            err("kind %s not covered" % k)

    print("privacy.jsonl: %d items; %d with no identifiers; %d with identifiers; %d with quasi"
          % (len(priv), none_n, len(priv) - none_n, quasi_n))
    table("identifier spans by type", type_c, sorted(ID_TYPES))
    print("triage.jsonl: %d items" % len(tri))
    table("by department", dept_c, DEPTS)
    table("by age_range", Counter(r["age_range"] for r in tri),
          ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
    table("by gender", Counter(r["gender"] for r in tri), sorted(GENDERS))
    print("emergency.jsonl: %d items; %d emergencies (kind now); %d non-emergencies"
          % (len(emg), n_now, n_not))
    table("emergencies by family", fam_now, FAMILIES)
    table("non-emergencies by kind", kind_c, NOT_KINDS)
    table("non-emergencies by family", fam_not, FAMILIES)

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nAll checks passed.")


if __name__ == "__main__":
    main()
