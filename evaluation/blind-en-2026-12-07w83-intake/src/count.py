"""Check and count the writer-83 test set (standard library only)."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
NON_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
KINDS = NON_KINDS | {"now"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}
FIELDS = {
    "privacy": {"id", "text", "identifiers", "quasi"},
    "triage": {"id", "text", "department", "age_range", "gender"},
    "emergency": {"id", "text", "emergency", "kind", "family"},
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
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
                err("%s line %d: bad json (%s)" % (name, n, e))
    return rows


def show(title, counter):
    print(title + ":")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-28s %d" % (k, v))


def main():
    data = {t: load(t) for t in ("privacy", "triage", "emergency")}
    seen_texts = {}
    seen_ids = set()
    for task, rows in data.items():
        for i, r in enumerate(rows, 1):
            rid = r.get("id", "?")
            if set(r.keys()) != FIELDS[task]:
                err("%s %s: fields %s" % (task, rid, sorted(r.keys())))
            exp = "bt-%s%03d" % (LETTER[task], i)
            if rid != exp:
                err("%s: id %s, expected %s" % (task, rid, exp))
            if rid in seen_ids:
                err("duplicate id %s" % rid)
            seen_ids.add(rid)
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                err("%s %s: empty text" % (task, rid))
                continue
            key = " ".join(t.split()).lower()
            if key in seen_texts:
                err("%s %s: duplicate text (also %s)" % (task, rid, seen_texts[key]))
            else:
                seen_texts[key] = rid

    # privacy
    p = data["privacy"]
    by_type = Counter()
    with_ids = trap_only = with_quasi = 0
    for r in p:
        rid, t = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            ids = []
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % rid)
            q = []
        pairs = set()
        for d in ids:
            if not isinstance(d, dict) or set(d.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, d["type"]))
            if not isinstance(d["text"], str) or not d["text"] or d["text"] not in t:
                err("privacy %s: identifier text not in text: %r" % (rid, d["text"]))
            if (d["type"], d["text"]) in pairs or d["text"] in {x[1] for x in pairs}:
                err("privacy %s: identifier listed twice: %r" % (rid, d["text"]))
            pairs.add((d["type"], d["text"]))
            by_type[d["type"]] += 1
        qs = set()
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi text not in text: %r" % (rid, s))
            if s in qs:
                err("privacy %s: quasi listed twice: %r" % (rid, s))
            qs.add(s)
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if q:
            with_quasi += 1
    show("privacy identifier types", by_type)

    # triage
    tr = data["triage"]
    dep, age, gen = Counter(), Counter(), Counter()
    for r in tr:
        rid = r.get("id")
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (rid, r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    show("triage departments", dep)
    show("triage age ranges", age)
    show("triage genders", gen)

    # emergency
    em = data["emergency"]
    kinds, fams, fam_now, fam_non = Counter(), Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in em:
        rid = r.get("id")
        e, k, fm = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % rid)
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if fm not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fm))
        if (e is True) != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kinds[k] += 1
        fams[fm] += 1
        if e is True:
            n_now += 1
            fam_now[fm] += 1
        else:
            n_non += 1
            fam_non[fm] += 1
    show("emergency kinds", kinds)
    show("emergency families (now)", fam_now)
    show("emergency families (non)", fam_non)

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    else:
        print("ERRORS: none")
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(p), with_ids, trap_only, with_quasi, len(tr), len(em), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
