"""Check and count the writer-70 blind test set. Standard library only; exits non-zero on any error."""
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
KINDS_NON = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}
FAMILIES = {"heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury",
            "febrile_infant", "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain",
            "diabetic_emergency", "sepsis_signs", "severe_burn", "choking", "testicular_torsion",
            "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"}

errors = []
all_ids = set()


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err(f"missing {name}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{name}:{n} bad json: {e}")
    return rows


def common(rows, name, prefix, fields):
    texts = set()
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not rid.startswith(prefix):
            err(f"{name}: bad id {rid!r}")
        if rid in all_ids:
            err(f"{name}: duplicate id {rid}")
        all_ids.add(rid)
        if set(r) != fields:
            err(f"{name} {rid}: fields {sorted(r)} != {sorted(fields)}")
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{name} {rid}: empty text")
            continue
        key = " ".join(t.lower().split())
        if key in texts:
            err(f"{name} {rid}: duplicate text")
        texts.add(key)


def show(title, counter):
    print(f"  {title}:")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"    {k}: {v}")


# privacy
prv = load("privacy.jsonl")
common(prv, "privacy", "bg-p", {"id", "text", "identifiers", "quasi"})
type_c, with_ids, trap_only, with_q = Counter(), 0, 0, 0
for r in prv:
    t = r.get("text", "")
    ids = r.get("identifiers")
    q = r.get("quasi")
    if not isinstance(ids, list) or not isinstance(q, list):
        err(f"privacy {r.get('id')}: identifiers/quasi must be lists")
        continue
    seen = set()
    for d in ids:
        if not isinstance(d, dict) or set(d) != {"type", "text"}:
            err(f"privacy {r['id']}: bad identifier {d!r}")
            continue
        if d["type"] not in ID_TYPES:
            err(f"privacy {r['id']}: bad type {d['type']}")
        if not d["text"] or d["text"] not in t:
            err(f"privacy {r['id']}: identifier not in text: {d['text']!r}")
        if (d["type"], d["text"]) in seen:
            err(f"privacy {r['id']}: identifier listed twice: {d['text']!r}")
        seen.add((d["type"], d["text"]))
        type_c[d["type"]] += 1
    for s in q:
        if not isinstance(s, str) or not s or s not in t:
            err(f"privacy {r['id']}: quasi not in text: {s!r}")
    if ids:
        with_ids += 1
    else:
        trap_only += 1
    if q:
        with_q += 1
print(f"privacy: {len(prv)} items")
show("identifier types", type_c)

# triage
tri = load("triage.jsonl")
common(tri, "triage", "bg-t", {"id", "text", "department", "age_range", "gender"})
dep_c, age_c, gen_c = Counter(), Counter(), Counter()
for r in tri:
    if r.get("department") not in DEPTS:
        err(f"triage {r.get('id')}: bad department {r.get('department')}")
    if r.get("age_range") not in AGES:
        err(f"triage {r.get('id')}: bad age_range {r.get('age_range')}")
    if r.get("gender") not in GENDERS:
        err(f"triage {r.get('id')}: bad gender {r.get('gender')}")
    dep_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
print(f"triage: {len(tri)} items")
show("departments", dep_c)
show("age_range", age_c)
show("gender", gen_c)

# emergency
emg = load("emergency.jsonl")
common(emg, "emergency", "bg-e", {"id", "text", "emergency", "kind", "family"})
kind_c, fam_now, fam_non, n_now, n_non = Counter(), Counter(), Counter(), 0, 0
for r in emg:
    e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err(f"emergency {r.get('id')}: emergency must be bool")
    if fam not in FAMILIES:
        err(f"emergency {r.get('id')}: bad family {fam}")
    if e is True:
        if k != "now":
            err(f"emergency {r.get('id')}: emergency true needs kind now")
        n_now += 1
        fam_now[fam] += 1
    else:
        if k not in KINDS_NON:
            err(f"emergency {r.get('id')}: bad non-emergency kind {k}")
        n_non += 1
        fam_non[fam] += 1
    kind_c[k] += 1
print(f"emergency: {len(emg)} items")
show("kinds", kind_c)
show("families (now)", fam_now)
show("families (non-emergency)", fam_non)

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for m in errors:
        print("  " + m)
print(f"SUMMARY: privacy {len(prv)} ({with_ids} with identifiers, {trap_only} trap-only, {with_q} with quasi); "
      f"triage {len(tri)}; emergency {len(emg)} ({n_now} now, {n_non} non)")
sys.exit(1 if errors else 0)
