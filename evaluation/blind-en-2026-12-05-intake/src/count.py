"""Validate the en-intake test set files and print count tables (stdlib only)."""
import json, os, sys
from collections import Counter
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FAMILIES = set("""heart_attack stroke breathing_difficulty anaphylaxis severe_bleeding suicidal_intent self_harm
overdose_poisoning seizure unconscious_unresponsive head_injury febrile_infant meningitis_signs severe_abdominal_pain
pregnancy_bleeding_or_pain diabetic_emergency sepsis_signs severe_burn choking testicular_torsion ectopic_pregnancy
severe_dehydration_child chest_pain_other vision_loss_sudden blood_clot_PE cauda_equina""".split())
KINDS_NON = set("past_event examined_or_treated relative_history hypothetical_or_general negated figure_of_speech medicine_question chronic_stable mild_symptom".split())
DEPTS = set("""cardiology dentistry dermatology endocrinology family-medicine gastroenterology general-surgery
hematology-oncology infectious-diseases nephrology neurology obstetrics-gynecology ophthalmology orthopedics
otolaryngology pediatrics psychiatry pulmonology rehabilitation rheumatology urology nutrition""".split())
AGES = {"0~9","10~19","20~29","30~39","40~49","50~59","60~69","70~79","80+"}
GENDERS = {"female","male","other","undisclosed"}
ID_TYPES = {"name","phone","email","address","id_number","date_of_birth","url","handle","licence_plate"}
errors = []
all_texts = Counter()

def load(name, fields, prefix):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        print(f"## {name}: MISSING"); return None
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"{name}:{n} does not parse: {e}"); continue
            if set(r) != set(fields):
                errors.append(f"{name}:{n} fields {sorted(r)} != {sorted(fields)}")
            if not str(r.get("id", "")).startswith(prefix):
                errors.append(f"{name}:{n} bad id prefix {r.get('id')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                errors.append(f"{name}:{n} empty text")
            rows.append(r)
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1: errors.append(f"{name}: duplicate id {i}")
    for r in rows:
        all_texts[r.get("text")] += 1
    return rows

def table(title, counter):
    print(f"{title}:")
    for k, v in sorted(counter.items(), key=lambda kv: (str(kv[0]))):
        print(f"  {k}: {v}")

em = load("emergency.jsonl", ["id","text","emergency","family","kind"], "d-e")
if em is not None:
    for r in em:
        if not isinstance(r.get("emergency"), bool): errors.append(f"{r['id']} emergency not bool")
        if r.get("family") not in FAMILIES: errors.append(f"{r['id']} bad family {r.get('family')}")
        if r.get("emergency") is True and r.get("kind") != "now": errors.append(f"{r['id']} emergency but kind {r.get('kind')}")
        if r.get("emergency") is False and r.get("kind") not in KINDS_NON: errors.append(f"{r['id']} bad kind {r.get('kind')}")
    pos = [r for r in em if r["emergency"] is True]; neg = [r for r in em if r["emergency"] is False]
    print(f"## emergency.jsonl: {len(em)} items ({len(pos)} emergency, {len(neg)} non-emergency)")
    table("emergencies by family", Counter(r["family"] for r in pos))
    table("non-emergencies by kind", Counter(r["kind"] for r in neg))
    table("non-emergencies by family", Counter(r["family"] for r in neg))
    fam_pos = Counter(r["family"] for r in pos); kind_neg = Counter(r["kind"] for r in neg)
    if len(pos) < 110: errors.append("fewer than 110 emergencies")
    if len(neg) < 170: errors.append("fewer than 170 non-emergencies")
    for f in FAMILIES:
        if fam_pos[f] < 4: errors.append(f"family {f} has {fam_pos[f]} emergencies (<4)")
    for k in KINDS_NON:
        if kind_neg[k] < 18: errors.append(f"kind {k} has {kind_neg[k]} items (<18)")

pr = load("privacy.jsonl", ["id","text","identifiers","quasi"], "d-p")
if pr is not None:
    tc = Counter(); n_none = 0; n_quasi = 0
    for r in pr:
        ids = r.get("identifiers"); q = r.get("quasi")
        if not isinstance(ids, list): errors.append(f"{r['id']} identifiers not list"); continue
        if not isinstance(q, list): errors.append(f"{r['id']} quasi not list"); continue
        if not ids: n_none += 1
        n_quasi += len(q)
        for ent in ids:
            if set(ent) != {"type","text"}: errors.append(f"{r['id']} bad identifier fields {ent}")
            if ent.get("type") not in ID_TYPES: errors.append(f"{r['id']} bad type {ent.get('type')}")
            if ent.get("text") not in r["text"]: errors.append(f"{r['id']} identifier not substring: {ent.get('text')!r}")
            tc[ent.get("type")] += 1
        for s in q:
            if not isinstance(s, str) or s not in r["text"]: errors.append(f"{r['id']} quasi not substring: {s!r}")
    print(f"## privacy.jsonl: {len(pr)} items, {sum(tc.values())} identifiers, {n_none} items with no identifiers, {n_quasi} quasi flags")
    table("identifiers by type", tc)
    if len(pr) < 110: errors.append("fewer than 110 privacy items")
    if sum(tc.values()) < 170: errors.append("fewer than 170 identifiers")
    for t in ID_TYPES:
        if tc[t] < 6: errors.append(f"type {t} has {tc[t]} (<6)")

tr = load("triage.jsonl", ["id","text","age_range","gender","department"], "d-t")
if tr is not None:
    for r in tr:
        if r.get("department") not in DEPTS: errors.append(f"{r['id']} bad department {r.get('department')}")
        if r.get("age_range") not in AGES: errors.append(f"{r['id']} bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS: errors.append(f"{r['id']} bad gender {r.get('gender')}")
    dc = Counter(r["department"] for r in tr)
    print(f"## triage.jsonl: {len(tr)} items")
    table("by department", dc)
    table("by age_range", Counter(r["age_range"] for r in tr))
    table("by gender", Counter(r["gender"] for r in tr))
    for d in DEPTS:
        if dc[d] != 4: errors.append(f"department {d} has {dc[d]} (!=4)")

for t, c in all_texts.items():
    if c > 1: errors.append(f"duplicate text: {t[:60]!r}")
print("## checks:", "ALL OK" if not errors else f"{len(errors)} problem(s)")
for e in errors: print("  -", e)
sys.exit(1 if errors else 0)
