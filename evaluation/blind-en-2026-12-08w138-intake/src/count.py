"""Standard-library checker for the built askdoc intake test set (writer 138)."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dx"
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
    path = os.path.join(OUT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err(f"{name}:{n} empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json {e}")
    return rows


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def check_ids(rows, letter, name):
    ids = [r.get("id") for r in rows]
    expected = [f"{PREFIX}-{letter}{i:03d}" for i in range(1, len(rows) + 1)]
    if ids != expected:
        err(f"{name}: ids not sequential {PREFIX}-{letter}001..")
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate ids")
    texts = [r.get("text") for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    for t in dup:
        err(f"{name}: duplicate text {t[:60]!r}")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    em = load("emergency.jsonl")

    # ---- privacy
    check_ids(priv, "p", "privacy")
    type_counts = Counter()
    with_ids = trap_only = with_quasi = 0
    for r in priv:
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"{r.get('id')}: privacy keys {sorted(r)}")
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err(f"{r['id']}: empty text")
        if r["identifiers"]:
            with_ids += 1
        else:
            trap_only += 1
        if r["quasi"]:
            with_quasi += 1
        seen = set()
        for ident in r["identifiers"]:
            keys = set(ident)
            if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
                err(f"{r['id']}: identifier keys {sorted(keys)}")
                continue
            t, s = ident["type"], ident["text"]
            if t not in ID_TYPES:
                err(f"{r['id']}: bad identifier type {t}")
            type_counts[t] += 1
            occ = occurrences(text, s)
            if not occ:
                err(f"{r['id']}: identifier {s!r} not in text")
                continue
            k = (s, ident.get("occurrence"))
            if k in seen:
                err(f"{r['id']}: identifier {s!r} listed twice")
            seen.add(k)
            if "occurrence" in ident:
                o = ident["occurrence"]
                if not isinstance(o, int) or o < 1 or o > len(occ):
                    err(f"{r['id']}: occurrence {o} out of range for {s!r}")
                elif len(occ) < 2:
                    err(f"{r['id']}: occurrence given for a non-repeated string {s!r}")
            if t == "name":
                positions = occ
                if "occurrence" in ident and isinstance(ident["occurrence"], int) and 1 <= ident["occurrence"] <= len(occ):
                    positions = [occ[ident["occurrence"] - 1]]
                for p in occ:
                    before = text[p - 1] if p > 0 else " "
                    after = text[p + len(s)] if p + len(s) < len(text) else " "
                    if before.isalnum() or after.isalnum():
                        err(f"{r['id']}: name {s!r} glued inside a longer word at {p}")
                if s.startswith(("Dr.", "Dr ", "Dra.", "Mrs.", "Mr.", "Ms.")):
                    err(f"{r['id']}: name {s!r} includes a title")
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in text:
                err(f"{r['id']}: quasi {q!r} not in text")
    if len(priv) < 260:
        err(f"privacy: {len(priv)} items < 260")
    if with_ids < 150:
        err(f"privacy: {with_ids} with identifiers < 150")
    if trap_only < 100:
        err(f"privacy: {trap_only} trap-only < 100")
    if with_quasi < 15:
        err(f"privacy: {with_quasi} with quasi < 15")
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_counts[t] < need:
            err(f"privacy: only {type_counts[t]} spans of {t} (< {need})")

    # ---- triage
    check_ids(tri, "t", "triage")
    dept_c, age_c, gen_c = Counter(), Counter(), Counter()
    for r in tri:
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"{r.get('id')}: triage keys {sorted(r)}")
            continue
        if r["department"] not in DEPTS:
            err(f"{r['id']}: bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']}: bad age_range {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']}: bad gender {r['gender']}")
        dept_c[r["department"]] += 1
        age_c[r["age_range"]] += 1
        gen_c[r["gender"]] += 1
    if len(tri) != 88:
        err(f"triage: {len(tri)} items != 88")
    for d in DEPTS:
        if dept_c[d] != 4:
            err(f"triage: department {d} has {dept_c[d]} != 4")
    if len([a for a in AGES if age_c[a]]) < 6:
        err("triage: fewer than 6 age ranges")

    # ---- emergency
    check_ids(em, "e", "emergency")
    now_fam, non_fam, kind_c = Counter(), Counter(), Counter()
    for r in em:
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"{r.get('id')}: emergency keys {sorted(r)}")
            continue
        if r["family"] not in FAMILIES:
            err(f"{r['id']}: bad family {r['family']}")
        if r["emergency"] is True:
            if r["kind"] != "now":
                err(f"{r['id']}: emergency true but kind {r['kind']}")
            now_fam[r["family"]] += 1
        elif r["emergency"] is False:
            if r["kind"] not in KINDS_NON:
                err(f"{r['id']}: bad non-emergency kind {r['kind']}")
            non_fam[r["family"]] += 1
        else:
            err(f"{r['id']}: emergency not a boolean")
        kind_c[r["kind"]] += 1
    n_now, n_non = sum(now_fam.values()), sum(non_fam.values())
    if n_now < 120:
        err(f"emergency: {n_now} now < 120")
    if n_non < 200:
        err(f"emergency: {n_non} non < 200")
    for f in FAMILIES:
        if now_fam[f] < 4:
            err(f"emergency: family {f} has {now_fam[f]} now < 4")
    for k in KINDS_NON:
        if kind_c[k] < 15:
            err(f"emergency: kind {k} has {kind_c[k]} < 15")
    if len([f for f in FAMILIES if non_fam[f]]) < 20:
        err("emergency: non-emergency families not spread (fewer than 20 families)")

    # ---- report
    print("PRIVACY identifier spans per type:")
    for t in ID_TYPES:
        print(f"  {t:15s} {type_counts[t]}")
    print("TRIAGE per department:")
    for d in DEPTS:
        print(f"  {d:22s} {dept_c[d]}")
    print("TRIAGE per age_range:")
    for a in AGES:
        print(f"  {a:6s} {age_c[a]}")
    print("TRIAGE per gender:")
    for g in GENDERS:
        print(f"  {g:12s} {gen_c[g]}")
    print("EMERGENCY per kind:")
    for k in ["now"] + KINDS_NON:
        print(f"  {k:24s} {kind_c[k]}")
    print("EMERGENCY per family (now / non):")
    for f in FAMILIES:
        print(f"  {f:27s} {now_fam[f]:3d} / {non_fam[f]:3d}")
    for e in errors:
        print("ERROR:", e)
    print(f"ERRORS: {len(errors)}")
    print(f"SUMMARY: privacy {len(priv)} ({with_ids} with identifiers, {trap_only} trap-only, {with_quasi} with quasi); "
          f"triage {len(tri)}; emergency {len(em)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
