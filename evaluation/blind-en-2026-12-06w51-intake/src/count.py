"""Check the built JSONL files and print count tables. Standard library only."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "an"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
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


def load(name):
    rows = []
    with open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def table(title, counter, order=None):
    print("\n%s" % title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))
    extra = [k for k in counter if order and k not in order]
    for k in extra:
        print("  %-28s %4d  (UNKNOWN)" % (k, counter[k]))


def check_ids(rows, letter, name):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    seen = set()
    for r in rows:
        i = r.get("id")
        if not isinstance(i, str) or not pat.match(i):
            err("%s: bad id %r" % (name, i))
        if i in seen:
            err("%s: duplicate id %r" % (name, i))
        seen.add(i)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (name, i))


def main():
    priv = load("privacy")
    tri = load("triage")
    emg = load("emergency")
    check_ids(priv, "p", "privacy")
    check_ids(tri, "t", "triage")
    check_ids(emg, "e", "emergency")

    # duplicate texts across all files
    texts = collections.Counter()
    for rows in (priv, tri, emg):
        for r in rows:
            texts[r["text"].strip().lower()] += 1
    for t, c in texts.items():
        if c > 1:
            err("duplicate text (%dx): %r" % (c, t[:80]))

    # privacy
    id_types = collections.Counter()
    with_ids = 0
    with_quasi = 0
    n_occ = 0
    for r in priv:
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: fields %s" % (r.get("id"), sorted(r)))
        ids = r.get("identifiers", [])
        if ids:
            with_ids += 1
        seen = set()
        for d in ids:
            if set(d) != {"type", "text"}:
                err("privacy %s: identifier fields %s" % (r["id"], sorted(d)))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r["id"], d["type"]))
            if d["text"] not in r["text"]:
                err("privacy %s: identifier %r not in text" % (r["id"], d["text"]))
            if (d["type"], d["text"]) in seen:
                err("privacy %s: repeated identifier %r" % (r["id"], d["text"]))
            seen.add((d["type"], d["text"]))
            id_types[d["type"]] += 1
            n_occ += 1
        q = r.get("quasi", [])
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % r["id"])
            q = []
        if q:
            with_quasi += 1
        for s in q:
            if s not in r["text"]:
                err("privacy %s: quasi %r not in text" % (r["id"], s))
    if len(priv) < 250:
        err("privacy: only %d items (< 250)" % len(priv))
    for t in ID_TYPES:
        if id_types[t] == 0:
            err("privacy: no identifier of type %s" % t)
    if id_types and id_types.most_common(1)[0][0] != "name":
        err("privacy: name is not the most common identifier type")
    if n_occ < 250:
        err("privacy: only %d identifier occurrences (< 250)" % n_occ)
    frac = with_ids / max(1, len(priv))
    if not 0.5 <= frac <= 0.7:
        err("privacy: %.0f%% of items have identifiers (want about 60%%)" % (100 * frac))
    if not 15 <= with_quasi <= 30:
        err("privacy: %d items with quasi (want about 20)" % with_quasi)
    table("privacy identifier types (occurrences)", id_types, ID_TYPES)
    print("  items: %d, with identifiers: %d, trap-only: %d, with quasi: %d, occurrences: %d"
          % (len(priv), with_ids, len(priv) - with_ids, with_quasi, n_occ))

    # triage
    depts = collections.Counter()
    ages = collections.Counter()
    genders = collections.Counter()
    for r in tri:
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: fields %s" % (r.get("id"), sorted(r)))
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r["id"], r.get("gender")))
        depts[r.get("department")] += 1
        ages[r.get("age_range")] += 1
        genders[r.get("gender")] += 1
    if len(tri) != 88:
        err("triage: %d items (want 88)" % len(tri))
    for d in DEPTS:
        if depts[d] != 4:
            err("triage: department %s has %d items (want 4)" % (d, depts[d]))
    table("triage departments", depts, DEPTS)
    table("triage age ranges", ages, AGES)
    table("triage genders", genders, GENDERS)

    # emergency
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_true = 0
    for r in emg:
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: fields %s" % (r.get("id"), sorted(r)))
        if not isinstance(r.get("emergency"), bool):
            err("emergency %s: emergency not bool" % r["id"])
        if r.get("kind") not in KINDS:
            err("emergency %s: bad kind %r" % (r["id"], r.get("kind")))
        if r.get("family") not in FAMILIES:
            err("emergency %s: bad family %r" % (r["id"], r.get("family")))
        if r.get("emergency") != (r.get("kind") == "now"):
            err("emergency %s: emergency flag does not match kind" % r["id"])
        kinds[r.get("kind")] += 1
        if r.get("emergency"):
            n_true += 1
            fam_now[r.get("family")] += 1
        else:
            fam_non[r.get("family")] += 1
    n_false = len(emg) - n_true
    if len(emg) < 300:
        err("emergency: only %d items (< 300)" % len(emg))
    if n_true < 110:
        err("emergency: only %d emergencies (< 110)" % n_true)
    if n_false < 180:
        err("emergency: only %d non-emergencies (< 180)" % n_false)
    for k in KINDS[1:]:
        if kinds[k] < 18:
            err("emergency: kind %s has only %d items (want about 20)" % (k, kinds[k]))
    for f in FAMILIES:
        if fam_now[f] < 2:
            err("emergency: family %s has only %d emergencies" % (f, fam_now[f]))
    table("emergency kinds", kinds, KINDS)
    print("\nemergency families (now / non-emergency)")
    for f in FAMILIES:
        print("  %-28s %4d %4d" % (f, fam_now[f], fam_non[f]))

    print()
    if errors:
        print("PROBLEMS (%d):" % len(errors))
        for e in errors:
            print("  - " + e)
    else:
        print("all checks passed")
    print("SUMMARY: privacy=%d (with identifiers %d, trap-only %d, identifier occurrences %d, quasi %d) "
          "triage=%d emergency=%d (now %d, non-emergency %d) problems=%d"
          % (len(priv), with_ids, len(priv) - with_ids, n_occ, with_quasi, len(tri), len(emg), n_true, n_false,
             len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
