"""Check the built JSONL files and print count tables (standard library only)."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "aj"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json {e}")
    return rows


def table(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<28} {counter.get(k, 0)}")


P, T, E = load("privacy.jsonl"), load("triage.jsonl"), load("emergency.jsonl")

# ids and duplicate texts
all_ids, texts = set(), collections.Counter()
for name, rows, letter, fields in (("privacy", P, "p", {"id", "text", "identifiers", "quasi"}),
                                   ("triage", T, "t", {"id", "text", "department", "age_range", "gender"}),
                                   ("emergency", E, "e", {"id", "text", "emergency", "kind", "family"})):
    for r in rows:
        if set(r) != fields:
            err(f"{name} {r.get('id')} fields {sorted(r)}")
        rid = r.get("id", "")
        if not (rid.startswith(f"{PREFIX}-{letter}") and rid[len(PREFIX) + 2:].isdigit()):
            err(f"{name} bad id {rid}")
        if rid in all_ids:
            err(f"duplicate id {rid}")
        all_ids.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{rid} empty text")
        texts[r.get("text", "").strip()] += 1
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:70]!r}")

# privacy
type_counts, with_ids, trap_only, quasi_items, quasi_flags = collections.Counter(), 0, 0, 0, 0
for r in P:
    ids = r["identifiers"]
    if not isinstance(ids, list) or not isinstance(r["quasi"], list):
        err(f"{r['id']} identifiers/quasi not lists")
        continue
    seen = set()
    for it in ids:
        if set(it) != {"type", "text"}:
            err(f"{r['id']} identifier fields {it}")
            continue
        if it["type"] not in ID_TYPES:
            err(f"{r['id']} bad type {it['type']}")
        if it["text"] not in r["text"]:
            err(f"{r['id']} identifier not substring: {it['text']!r}")
        if (it["type"], it["text"]) in seen:
            err(f"{r['id']} repeated identifier {it['text']!r}")
        seen.add((it["type"], it["text"]))
        type_counts[it["type"]] += 1
    for q in r["quasi"]:
        if not isinstance(q, str) or q not in r["text"]:
            err(f"{r['id']} quasi not substring: {q!r}")
    if ids:
        with_ids += 1
    else:
        trap_only += 1
        if r["quasi"]:
            err(f"{r['id']} quasi on a trap-only item")
    if r["quasi"]:
        quasi_items += 1
        quasi_flags += len(r["quasi"])
for t in ID_TYPES:
    if type_counts[t] < 8:
        err(f"identifier type {t} only {type_counts[t]}")
if type_counts and type_counts.most_common(1)[0][0] != "name":
    err("name is not the most frequent identifier type")
if len(P) < 250:
    err(f"privacy has {len(P)} < 250 items")

# triage
dept_c, age_c, gen_c = collections.Counter(), collections.Counter(), collections.Counter()
for r in T:
    if r["department"] not in DEPTS:
        err(f"{r['id']} bad department {r['department']}")
    if r["age_range"] not in AGES:
        err(f"{r['id']} bad age {r['age_range']}")
    if r["gender"] not in GENDERS:
        err(f"{r['id']} bad gender {r['gender']}")
    dept_c[r["department"]] += 1
    age_c[r["age_range"]] += 1
    gen_c[r["gender"]] += 1
if len(T) != 88:
    err(f"triage has {len(T)} != 88")
for d in DEPTS:
    if dept_c[d] != 4:
        err(f"department {d} has {dept_c[d]} != 4")

# emergency
fam_true, fam_false, kind_c = collections.Counter(), collections.Counter(), collections.Counter()
n_true = n_false = 0
for r in E:
    if not isinstance(r["emergency"], bool):
        err(f"{r['id']} emergency not bool")
    if r["family"] not in FAMILIES:
        err(f"{r['id']} bad family {r['family']}")
    if r["emergency"]:
        n_true += 1
        fam_true[r["family"]] += 1
        if r["kind"] != "now":
            err(f"{r['id']} emergency with kind {r['kind']}")
    else:
        n_false += 1
        fam_false[r["family"]] += 1
        if r["kind"] not in KINDS_NON:
            err(f"{r['id']} non-emergency with kind {r['kind']}")
    kind_c[r["kind"]] += 1
if n_true < 110:
    err(f"only {n_true} emergencies")
if n_false < 170:
    err(f"only {n_false} non-emergencies")
for f in FAMILIES:
    if fam_true[f] < 4:
        err(f"family {f} has {fam_true[f]} emergencies < 4")
for k in KINDS_NON:
    if kind_c[k] < 18:
        err(f"kind {k} has {kind_c[k]} < 18")

# report
print(f"privacy: {len(P)} items, {with_ids} with identifiers ({100 * with_ids / max(len(P), 1):.0f}%), "
      f"{trap_only} trap-only, {quasi_items} items with quasi flags ({quasi_flags} flags)")
table("identifier types (occurrences)", type_counts, ID_TYPES)
print(f"\ntriage: {len(T)} items")
table("departments", dept_c, DEPTS)
table("age ranges", age_c, AGES)
table("genders", gen_c, GENDERS)
print(f"\nemergency: {len(E)} items, {n_true} emergencies, {n_false} hard non-emergencies")
table("kinds", kind_c, ["now"] + KINDS_NON)
print("\nfamilies (emergency / non-emergency)")
for f in FAMILIES:
    print(f"  {f:<28} {fam_true[f]:>3} / {fam_false[f]:>3}")

if errors:
    print(f"\n{len(errors)} ERRORS:")
    for e in errors:
        print("  " + e)
print(f"\nSUMMARY privacy={len(P)} (identifiers={with_ids}, trap_only={trap_only}, quasi_items={quasi_items}) "
      f"triage={len(T)} emergency={len(E)} (true={n_true}, false={n_false}) errors={len(errors)} "
      f"{'PASS' if not errors else 'FAIL'}")
sys.exit(1 if errors else 0)
