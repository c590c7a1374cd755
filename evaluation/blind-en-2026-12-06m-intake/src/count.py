"""Validate the three JSONL files and print count tables. Standard library only."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth",
            "url", "handle", "licence_plate"}
DEPARTMENTS = {"cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine",
               "gastroenterology", "general-surgery", "hematology-oncology", "infectious-diseases",
               "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology", "orthopedics",
               "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation",
               "rheumatology", "urology", "nutrition"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general",
             "negated", "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding",
            "suicidal_intent", "self_harm", "overdose_poisoning", "seizure",
            "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE",
            "cauda_equina"}

errors = []
all_ids = set()
all_texts = set()


def err(msg):
    errors.append(msg)


def load(name, fields, prefix):
    rows = []
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                row = json.loads(line)
            except Exception as e:  # noqa
                err("%s:%d does not parse: %s" % (name, n, e))
                continue
            if set(row) != set(fields):
                err("%s:%d fields %s" % (name, n, sorted(row)))
            rid = row.get("id")
            if not isinstance(rid, str) or not rid.startswith(prefix):
                err("%s:%d bad id %r" % (name, n, rid))
            if rid in all_ids:
                err("%s:%d duplicate id %r" % (name, n, rid))
            all_ids.add(rid)
            text = row.get("text")
            if not isinstance(text, str) or not text.strip():
                err("%s:%d empty text" % (name, n))
            elif text in all_texts:
                err("%s:%d duplicate text" % (name, n))
            all_texts.add(text)
            rows.append(row)
    return rows


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    width = max([len(str(k)) for k in keys] + [5])
    for k in keys:
        print("  %-*s %5d" % (width, k, counter.get(k, 0)))
    print("  %-*s %5d" % (width, "TOTAL", sum(counter.values())))


# privacy
priv = load("privacy.jsonl", ["id", "text", "identifiers", "quasi"], "q-p-")
type_counts = Counter()
with_id = 0
for r in priv:
    ids = r.get("identifiers")
    if not isinstance(ids, list):
        err("%s identifiers not a list" % r["id"])
        continue
    seen = set()
    for d in ids:
        if not isinstance(d, dict) or set(d) != {"type", "text"}:
            err("%s bad identifier entry %r" % (r["id"], d))
            continue
        if d["type"] not in ID_TYPES:
            err("%s unknown identifier type %r" % (r["id"], d["type"]))
        if d["text"] not in r["text"]:
            err("%s identifier not a substring: %r" % (r["id"], d["text"]))
        if d["text"] in seen:
            err("%s identifier listed twice: %r" % (r["id"], d["text"]))
        seen.add(d["text"])
        type_counts[d["type"]] += 1
    if ids:
        with_id += 1
    q = r.get("quasi")
    if not isinstance(q, list):
        err("%s quasi not a list" % r["id"])
    else:
        for s in q:
            if not isinstance(s, str) or s not in r["text"]:
                err("%s quasi not a substring: %r" % (r["id"], s))

# triage
tri = load("triage.jsonl", ["id", "text", "age_range", "gender", "department"], "q-t-")
for r in tri:
    if r.get("age_range") not in AGES:
        err("%s bad age_range %r" % (r["id"], r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("%s bad gender %r" % (r["id"], r.get("gender")))
    if r.get("department") not in DEPARTMENTS:
        err("%s bad department %r" % (r["id"], r.get("department")))

# emergency
emg = load("emergency.jsonl", ["id", "text", "emergency", "family", "kind"], "q-e-")
for r in emg:
    if not isinstance(r.get("emergency"), bool):
        err("%s emergency not bool" % r["id"])
    if r.get("family") not in FAMILIES:
        err("%s bad family %r" % (r["id"], r.get("family")))
    if r.get("emergency") is True and r.get("kind") != "now":
        err("%s emergency with kind %r" % (r["id"], r.get("kind")))
    if r.get("emergency") is False and r.get("kind") not in KINDS_NON:
        err("%s non-emergency with kind %r" % (r["id"], r.get("kind")))

# tables
print("FILES")
print("  privacy.jsonl   %4d" % len(priv))
print("  triage.jsonl    %4d" % len(tri))
print("  emergency.jsonl %4d" % len(emg))

print("\nprivacy: items with >=1 identifier %d, items with none %d, items with quasi %d"
      % (with_id, len(priv) - with_id, sum(1 for r in priv if r.get("quasi"))))
table("privacy identifier spans by type", type_counts,
      ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"])

table("triage by department", Counter(r["department"] for r in tri), sorted(DEPARTMENTS))
table("triage by age_range", Counter(r["age_range"] for r in tri),
      ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"])
table("triage by gender", Counter(r["gender"] for r in tri), ["female", "male", "other", "undisclosed"])

print("\nemergency: true %d, false %d"
      % (sum(1 for r in emg if r["emergency"] is True), sum(1 for r in emg if r["emergency"] is False)))
table("emergency by kind", Counter(r["kind"] for r in emg), ["now"] + sorted(KINDS_NON))
fam_t = Counter(r["family"] for r in emg if r["emergency"] is True)
fam_f = Counter(r["family"] for r in emg if r["emergency"] is False)
print("\nemergency by family (true / false)")
w = max(len(f) for f in FAMILIES)
for f in sorted(FAMILIES):
    print("  %-*s %3d / %3d" % (w, f, fam_t.get(f, 0), fam_f.get(f, 0)))
print("  %-*s %3d / %3d" % (w, "TOTAL", sum(fam_t.values()), sum(fam_f.values())))

print()
if errors:
    print("VALIDATION FAILED (%d errors)" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("VALIDATION OK")
