"""Check the three JSONL files and print count tables (stdlib only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ac"

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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json {e}")
    return rows


def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {k:<28} {v}")


priv, tri, emg = load("privacy"), load("triage"), load("emergency")

ids_seen, texts_seen = set(), {}
for fname, rows, letter in (("privacy", priv, "p"), ("triage", tri, "t"), ("emergency", emg, "e")):
    for r in rows:
        rid = r.get("id", "")
        if not (rid.startswith(f"{PREFIX}-{letter}") and rid[len(PREFIX) + 2:].isdigit() and len(rid) == len(PREFIX) + 5):
            err(f"bad id {rid!r}")
        if rid in ids_seen:
            err(f"duplicate id {rid}")
        ids_seen.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{rid} empty text")
            continue
        key = " ".join(t.lower().split())
        if key in texts_seen:
            err(f"duplicate text {rid} / {texts_seen[key]}")
        texts_seen[key] = rid

# privacy
type_counts, n_with, n_quasi_items, n_quasi = collections.Counter(), 0, 0, 0
for r in priv:
    if set(r) != {"id", "text", "identifiers", "quasi"}:
        err(f"{r.get('id')} privacy fields {sorted(r)}")
    idl = r.get("identifiers", [])
    if idl:
        n_with += 1
    seen = set()
    for d in idl:
        if set(d) != {"type", "text"} or d["type"] not in ID_TYPES:
            err(f"{r['id']} bad identifier {d}")
            continue
        if d["text"] not in r["text"]:
            err(f"{r['id']} identifier not substring: {d['text']!r}")
        if (d["type"], d["text"]) in seen:
            err(f"{r['id']} repeated identifier {d}")
        seen.add((d["type"], d["text"]))
        type_counts[d["type"]] += 1
    q = r.get("quasi", [])
    if not isinstance(q, list):
        err(f"{r['id']} quasi not list")
        q = []
    for s in q:
        if not isinstance(s, str) or s not in r["text"]:
            err(f"{r['id']} quasi not substring: {s!r}")
    if q:
        n_quasi_items += 1
        n_quasi += len(q)
for t in ID_TYPES:
    if type_counts[t] < 8:
        err(f"identifier type {t} only {type_counts[t]}")
if type_counts and type_counts.most_common(1)[0][0] != "name":
    err("name is not the most frequent identifier type")
if len(priv) < 250:
    err(f"privacy has only {len(priv)} items")

# triage
dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    if set(r) != {"id", "text", "department", "age_range", "gender"}:
        err(f"{r.get('id')} triage fields {sorted(r)}")
    if r.get("department") not in DEPTS:
        err(f"{r['id']} bad department {r.get('department')}")
    if r.get("age_range") not in AGES:
        err(f"{r['id']} bad age {r.get('age_range')}")
    if r.get("gender") not in GENDERS:
        err(f"{r['id']} bad gender {r.get('gender')}")
    dept_c[r.get("department")] += 1
    age_c[r.get("age_range")] += 1
    gen_c[r.get("gender")] += 1
if len(tri) != 88:
    err(f"triage has {len(tri)} items, expected 88")
for d in DEPTS:
    if dept_c[d] != 4:
        err(f"department {d} has {dept_c[d]}")

# emergency
fam_e, kind_n, fam_n = collections.Counter(), collections.Counter(), collections.Counter()
for r in emg:
    if set(r) != {"id", "text", "emergency", "kind", "family"}:
        err(f"{r.get('id')} emergency fields {sorted(r)}")
    if not isinstance(r.get("emergency"), bool):
        err(f"{r['id']} emergency not bool")
    if r.get("family") not in FAMILIES:
        err(f"{r['id']} bad family {r.get('family')}")
    if r.get("emergency") is True:
        if r.get("kind") != "now":
            err(f"{r['id']} emergency with kind {r.get('kind')}")
        fam_e[r.get("family")] += 1
    else:
        if r.get("kind") not in KINDS_NON:
            err(f"{r['id']} non-emergency with kind {r.get('kind')}")
        kind_n[r.get("kind")] += 1
        fam_n[r.get("family")] += 1
n_e, n_n = sum(fam_e.values()), sum(kind_n.values())
if n_e < 110:
    err(f"only {n_e} emergencies")
if n_n < 170:
    err(f"only {n_n} non-emergencies")
for f in FAMILIES:
    if fam_e[f] < 4:
        err(f"family {f} has {fam_e[f]} emergencies")
for k in KINDS_NON:
    if kind_n[k] < 18:
        err(f"kind {k} has {kind_n[k]}")

print(f"privacy: {len(priv)} items, {n_with} with identifiers, {len(priv) - n_with} trap-only, "
      f"{n_quasi_items} items with quasi ({n_quasi} strings)")
table("privacy identifier types", type_counts)
print(f"\ntriage: {len(tri)} items")
table("triage departments", dept_c)
table("triage age ranges", age_c)
table("triage genders", gen_c)
print(f"\nemergency: {len(emg)} items, {n_e} emergencies, {n_n} non-emergencies")
table("emergency families (emergency=true)", fam_e)
table("non-emergency kinds", kind_n)
table("non-emergency families", fam_n)

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    print(f"\nSUMMARY FAIL: {len(errors)} errors")
    sys.exit(1)
print(f"\nSUMMARY OK: privacy={len(priv)} (with_identifiers={n_with}, trap_only={len(priv) - n_with}, "
      f"quasi_items={n_quasi_items}) triage={len(tri)} emergency={len(emg)} "
      f"(emergency={n_e}, non_emergency={n_n})")
