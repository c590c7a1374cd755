"""Check and count the writer-67 blind test set (standard library only). Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
NON_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
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


def load(task):
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
                err("%s line %d: bad JSON (%s)" % (task, n, e))
    return rows


def common_checks(task, rows, all_ids):
    texts = set()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != FIELDS[task]:
            err("%s %s: fields %s" % (task, rid, sorted(r)))
        if not re.fullmatch(r"bd-%s\d{3}" % LETTER[task], str(rid)):
            err("%s %s: bad id" % (task, rid))
        if rid in all_ids:
            err("%s %s: duplicate id" % (task, rid))
        all_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, rid))
            continue
        key = " ".join(t.lower().split())
        if key in texts:
            err("%s %s: duplicate text" % (task, rid))
        texts.add(key)


def main():
    all_ids = set()
    all_texts = {}

    # privacy
    prows = load("privacy")
    common_checks("privacy", prows, all_ids)
    type_counts = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for r in prows:
        rid, t = r.get("id"), r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list) or not isinstance(q, list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: bad identifier type %r" % (rid, ident["type"]))
            if not ident["text"] or ident["text"] not in t:
                err("privacy %s: identifier %r not in text" % (rid, ident["text"]))
            if ident["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (rid, ident["text"]))
            seen.add(ident["text"])
            type_counts[ident["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi %r not in text" % (rid, s))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if q:
            with_quasi += 1

    # triage
    trows = load("triage")
    common_checks("triage", trows, all_ids)
    dept = collections.Counter()
    ages = collections.Counter()
    genders = collections.Counter()
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
        genders[r.get("gender")] += 1
    for d in DEPARTMENTS:
        if dept[d] != 4:
            err("triage: department %s has %d items (want 4)" % (d, dept[d]))

    # emergency
    erows = load("emergency")
    common_checks("emergency", erows, all_ids)
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    n_now = n_non = 0
    for r in erows:
        rid = r.get("id")
        e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency must be bool" % rid)
        if fam not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, fam))
        if e is True:
            if k != "now":
                err("emergency %s: emergency true needs kind now" % rid)
            n_now += 1
            fam_now[fam] += 1
        elif e is False:
            if k not in NON_KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, k))
            n_non += 1
            fam_non[fam] += 1
        kinds[k] += 1

    # texts must not repeat across tasks either
    for task, rows in (("privacy", prows), ("triage", trows), ("emergency", erows)):
        for r in rows:
            key = " ".join(str(r.get("text", "")).lower().split())
            if key in all_texts and all_texts[key] != task:
                err("%s %s: text also in %s" % (task, r.get("id"), all_texts[key]))
            all_texts.setdefault(key, task)

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %d" % (k, v))

    show("privacy identifier types:", type_counts)
    show("triage departments:", dept)
    show("triage age_range:", ages)
    show("triage gender:", genders)
    show("emergency kinds:", kinds)
    show("emergency families (now):", fam_now)
    show("emergency families (non-emergency):", fam_non)

    # floors from the brief (reported as errors if missed)
    if len(prows) < 250: err("privacy: fewer than 250 items")
    if with_ids < 150: err("privacy: fewer than 150 items with identifiers")
    if trap_only < 100: err("privacy: fewer than 100 trap-only items")
    if with_quasi < 15: err("privacy: fewer than 15 items with quasi")
    for ty in ID_TYPES:
        if type_counts[ty] < 4: err("privacy: type %s fewer than 4 times" % ty)
    if len(trows) != 88: err("triage: want exactly 88 items")
    if n_now < 120: err("emergency: fewer than 120 now items")
    if n_non < 200: err("emergency: fewer than 200 non-emergencies")
    for fam in FAMILIES:
        if fam_now[fam] < 3: err("emergency: family %s has fewer than 3 now items" % fam)
    for k in NON_KINDS:
        if kinds[k] < 20: err("emergency: kind %s fewer than 20" % k)

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(prows), with_ids, trap_only, with_quasi, len(trows), len(erows), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
