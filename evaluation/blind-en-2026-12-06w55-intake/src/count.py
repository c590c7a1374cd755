"""Check the three JSONL files and print count tables. Standard library only."""
import collections
import json
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ar"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGE_RANGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
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


def load(name):
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def check_common(name, letter, rows, fields):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    ids = collections.Counter()
    for r in rows:
        rid = r.get("id")
        ids[rid] += 1
        if not isinstance(rid, str) or not pat.match(rid):
            err("%s: bad id %r" % (name, rid))
        if set(r.keys()) != set(["id"] + fields):
            err("%s %s: fields %s" % (name, rid, sorted(r.keys())))
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err("%s %s: empty text" % (name, rid))
    for rid, c in ids.items():
        if c > 1:
            err("%s: duplicate id %s" % (name, rid))


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %4d" % (k, counter.get(k, 0)))


privacy = load("privacy")
triage = load("triage")
emergency = load("emergency")

check_common("privacy", "p", privacy, ["text", "identifiers", "quasi"])
check_common("triage", "t", triage, ["text", "department", "age_range", "gender"])
check_common("emergency", "e", emergency, ["text", "emergency", "kind", "family"])

# duplicate texts (within and across files)
all_texts = collections.Counter()
for rows in (privacy, triage, emergency):
    for r in rows:
        all_texts[r.get("text")] += 1
for t, c in all_texts.items():
    if c > 1:
        err("duplicate text: %r" % (t[:60],))

# privacy
type_counts = collections.Counter()
with_ids = 0
trap_only = 0
quasi_count = 0
for r in privacy:
    rid, text = r.get("id"), r.get("text", "")
    idents = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(idents, list):
        err("privacy %s: identifiers not a list" % rid)
        idents = []
    if not isinstance(quasi, list):
        err("privacy %s: quasi not a list" % rid)
        quasi = []
    seen = set()
    for ident in idents:
        if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
            err("privacy %s: bad identifier %r" % (rid, ident))
            continue
        if ident["type"] not in ID_TYPES:
            err("privacy %s: unknown type %r" % (rid, ident["type"]))
        if not ident["text"] or ident["text"] not in text:
            err("privacy %s: identifier not in text: %r" % (rid, ident["text"]))
        key = (ident["type"], ident["text"])
        if key in seen:
            err("privacy %s: identifier listed twice: %r" % (rid, ident["text"]))
        seen.add(key)
        type_counts[ident["type"]] += 1
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("privacy %s: quasi not in text: %r" % (rid, q))
        quasi_count += 1
    if idents:
        with_ids += 1
    else:
        trap_only += 1
identifier_total = sum(type_counts.values())
table("privacy identifier types", type_counts, ID_TYPES)
print("  items with identifiers: %d, trap-only: %d, quasi strings: %d" % (with_ids, trap_only, quasi_count))
for t in ID_TYPES:
    if type_counts[t] < 5:
        err("privacy: type %s has fewer than 5 occurrences" % t)

# triage
dept = collections.Counter()
ages = collections.Counter()
genders = collections.Counter()
for r in triage:
    rid = r.get("id")
    if r.get("department") not in DEPARTMENTS:
        err("triage %s: bad department %r" % (rid, r.get("department")))
    if r.get("age_range") not in AGE_RANGES:
        err("triage %s: bad age_range %r" % (rid, r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (rid, r.get("gender")))
    dept[r.get("department")] += 1
    ages[r.get("age_range")] += 1
    genders[r.get("gender")] += 1
table("triage departments", dept, DEPARTMENTS)
table("triage age ranges", ages, AGE_RANGES)
table("triage genders", genders, GENDERS)
for d in DEPARTMENTS:
    if dept[d] != 4:
        err("triage: department %s has %d items (want 4)" % (d, dept[d]))

# emergency
kinds = collections.Counter()
fam_now = collections.Counter()
fam_non = collections.Counter()
n_em = n_non = 0
for r in emergency:
    rid = r.get("id")
    k, fam, em = r.get("kind"), r.get("family"), r.get("emergency")
    if k not in KINDS:
        err("emergency %s: bad kind %r" % (rid, k))
    if fam not in FAMILIES:
        err("emergency %s: bad family %r" % (rid, fam))
    if not isinstance(em, bool):
        err("emergency %s: emergency not bool" % rid)
    elif em != (k == "now"):
        err("emergency %s: emergency=%r but kind=%r" % (rid, em, k))
    kinds[k] += 1
    if em is True:
        n_em += 1
        fam_now[fam] += 1
    else:
        n_non += 1
        fam_non[fam] += 1
table("emergency kinds", kinds, KINDS)
print("\nemergency families (now / non-now)")
for f in FAMILIES:
    print("  %-28s %4d %4d" % (f, fam_now.get(f, 0), fam_non.get(f, 0)))

print("\nerrors:")
for e in errors:
    print("  " + e)
if not errors:
    print("  none")

print("\nSUMMARY privacy=%d triage=%d emergency=%d identifiers=%d emergencies=%d non_emergencies=%d errors=%d"
      % (len(privacy), len(triage), len(emergency), identifier_total, n_em, n_non, len(errors)))
