"""Check the three JSONL files and print count tables (standard library only)."""
import json
import os
import re
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "at"

ID_TYPES = ["name", "id_number", "phone", "address", "date_of_birth", "email", "handle", "url", "licence_plate"]
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
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(fname, letter, fields):
    path = os.path.join(OUT, fname)
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("%s:%d empty line" % (fname, ln))
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                err("%s:%d bad json %s" % (fname, ln, e))
                continue
            if set(r) != set(fields):
                err("%s:%d fields %s" % (fname, ln, sorted(r)))
            rid = r.get("id", "")
            if not re.fullmatch(r"%s-%s\d{3}" % (PREFIX, letter), str(rid)):
                err("%s:%d bad id %r" % (fname, ln, rid))
            if rid in all_ids:
                err("%s:%d duplicate id %r" % (fname, ln, rid))
            all_ids.add(rid)
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err("%s:%d empty text" % (fname, ln))
            else:
                key = " ".join(t.lower().split())
                if key in all_texts:
                    err("%s:%d duplicate text" % (fname, ln))
                all_texts.add(key)
            rows.append(r)
    return rows


def table(title, counter, order):
    print("\n%s" % title)
    for k in order:
        print("  %-28s %5d" % (k, counter.get(k, 0)))
    extra = [k for k in counter if k not in order]
    for k in extra:
        print("  %-28s %5d  (UNKNOWN)" % (k, counter[k]))


def main():
    priv = load("privacy.jsonl", "p", ["id", "text", "identifiers", "quasi"])
    tri = load("triage.jsonl", "t", ["id", "text", "department", "age_range", "gender"])
    emg = load("emergency.jsonl", "e", ["id", "text", "emergency", "kind", "family"])

    # privacy
    types = Counter()
    with_ids = 0
    quasi_n = 0
    for r in priv:
        t = r.get("text", "")
        ids = r.get("identifiers")
        if not isinstance(ids, list):
            err("%s identifiers not a list" % r.get("id"))
            ids = []
        seen = set()
        for x in ids:
            if not isinstance(x, dict) or set(x) != {"type", "text"}:
                err("%s bad identifier %r" % (r.get("id"), x))
                continue
            if x["type"] not in ID_TYPES:
                err("%s unknown identifier type %r" % (r.get("id"), x["type"]))
            if not x["text"] or x["text"] not in t:
                err("%s identifier not a substring: %r" % (r.get("id"), x["text"]))
            if (x["type"], x["text"]) in seen:
                err("%s identifier listed twice: %r" % (r.get("id"), x["text"]))
            seen.add((x["type"], x["text"]))
            types[x["type"]] += 1
        if ids:
            with_ids += 1
        q = r.get("quasi")
        if not isinstance(q, list):
            err("%s quasi not a list" % r.get("id"))
            q = []
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("%s quasi not a substring: %r" % (r.get("id"), s))
            quasi_n += 1
    print("privacy: %d items, %d with identifiers, %d trap-only, %d quasi strings"
          % (len(priv), with_ids, len(priv) - with_ids, quasi_n))
    table("identifier types (occurrences)", types, ID_TYPES)
    for k in ID_TYPES:
        if types.get(k, 0) < 5:
            err("identifier type %s occurs fewer than 5 times" % k)

    # triage
    dep, age, gen = Counter(), Counter(), Counter()
    for r in tri:
        if r.get("department") not in DEPARTMENTS:
            err("%s bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("%s bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("%s bad gender %r" % (r.get("id"), r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("\ntriage: %d items" % len(tri))
    table("departments", dep, DEPARTMENTS)
    table("age ranges", age, AGES)
    table("genders", gen, GENDERS)

    # emergency
    kinds = Counter()
    fam_now, fam_non = Counter(), Counter()
    for r in emg:
        k, fam, e = r.get("kind"), r.get("family"), r.get("emergency")
        if k not in KINDS:
            err("%s bad kind %r" % (r.get("id"), k))
        if fam not in FAMILIES:
            err("%s bad family %r" % (r.get("id"), fam))
        if not isinstance(e, bool):
            err("%s emergency not bool" % r.get("id"))
        elif e != (k == "now"):
            err("%s emergency/kind mismatch" % r.get("id"))
        kinds[k] += 1
        (fam_now if k == "now" else fam_non)[fam] += 1
    n_em = sum(1 for r in emg if r.get("emergency") is True)
    n_non = len(emg) - n_em
    print("\nemergency: %d items, %d emergencies, %d non-emergencies" % (len(emg), n_em, n_non))
    table("kinds", kinds, KINDS)
    print("\nfamilies                      now   non")
    for f in FAMILIES:
        print("  %-28s %5d %5d" % (f, fam_now.get(f, 0), fam_non.get(f, 0)))

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
    print("\nSUMMARY privacy=%d triage=%d emergency=%d identifiers=%d emergencies=%d non_emergencies=%d errors=%d"
          % (len(priv), len(tri), len(emg), sum(types.values()), n_em, n_non, len(errors)))


if __name__ == "__main__":
    main()
