"""Standard-library checker for the built test-set files of writer 144."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
            except ValueError as e:
                err(f"{name}:{n} bad json {e}")
    return rows


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def check_common(rows, name, prefix, keys):
    ids, texts = set(), set()
    for r in rows:
        if set(r.keys()) != set(keys):
            err(f"{name} {r.get('id')}: keys {sorted(r.keys())}")
        if not re.fullmatch(prefix + r"\d{3}", str(r.get("id", ""))):
            err(f"{name}: bad id {r.get('id')}")
        if r.get("id") in ids:
            err(f"{name}: duplicate id {r.get('id')}")
        ids.add(r.get("id"))
        t = r.get("text", "")
        if not isinstance(t, str) or not t.strip():
            err(f"{name} {r.get('id')}: empty text")
        if t in texts:
            err(f"{name} {r.get('id')}: duplicate text")
        texts.add(t)


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    em = load("emergency.jsonl")

    # privacy
    check_common(priv, "privacy", "ed-p", ["id", "text", "identifiers", "quasi"])
    type_counts = collections.Counter()
    n_ids = n_trap = n_quasi = 0
    for r in priv:
        t = r["text"]
        idl = r["identifiers"]
        if idl:
            n_ids += 1
        else:
            n_trap += 1
        if r["quasi"]:
            n_quasi += 1
        seen = set()
        for d in idl:
            k = set(d.keys())
            if k not in ({"type", "text"}, {"type", "text", "occurrence"}):
                err(f"{r['id']}: identifier keys {sorted(k)}")
            if d["type"] not in ID_TYPES:
                err(f"{r['id']}: bad type {d['type']}")
            type_counts[d["type"]] += 1
            key = (d["type"], d["text"], d.get("occurrence"))
            if key in seen or (d["text"], d.get("occurrence")) in {(s[1], s[2]) for s in seen}:
                err(f"{r['id']}: repeated identifier {d['text']}")
            seen.add(key)
            occ = occurrences(t, d["text"])
            if not occ:
                err(f"{r['id']}: identifier not verbatim: {d['text']!r}")
                continue
            if "occurrence" in d:
                if not isinstance(d["occurrence"], int) or d["occurrence"] < 1 or d["occurrence"] > len(occ):
                    err(f"{r['id']}: bad occurrence for {d['text']!r}")
                if len(occ) < 2:
                    err(f"{r['id']}: occurrence given but string not repeated: {d['text']!r}")
            if d["type"] == "name":
                for i in occ:
                    before = t[i - 1] if i > 0 else " "
                    j = i + len(d["text"])
                    after = t[j] if j < len(t) else " "
                    if before.isalnum() or after.isalnum():
                        err(f"{r['id']}: name {d['text']!r} glued inside a longer word")
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in t:
                err(f"{r['id']}: quasi not verbatim: {q!r}")
    if len(priv) < 260:
        err(f"privacy size {len(priv)} < 260")
    if n_ids < 150:
        err(f"privacy with identifiers {n_ids} < 150")
    if n_trap < 100:
        err(f"privacy trap-only {n_trap} < 100")
    if n_quasi < 15:
        err(f"privacy with quasi {n_quasi} < 15")
    for ty in ID_TYPES:
        need = 5 if ty in ("licence_plate", "url", "handle") else 8
        if type_counts[ty] < need:
            err(f"identifier type {ty}: {type_counts[ty]} < {need}")

    # triage
    check_common(tri, "triage", "ed-t", ["id", "text", "department", "age_range", "gender"])
    dc, ac, gc = collections.Counter(), collections.Counter(), collections.Counter()
    for r in tri:
        if r["department"] not in DEPTS:
            err(f"{r['id']}: bad department {r['department']}")
        if r["age_range"] not in AGES:
            err(f"{r['id']}: bad age {r['age_range']}")
        if r["gender"] not in GENDERS:
            err(f"{r['id']}: bad gender {r['gender']}")
        dc[r["department"]] += 1
        ac[r["age_range"]] += 1
        gc[r["gender"]] += 1
    if len(tri) != 88:
        err(f"triage size {len(tri)} != 88")
    for d in DEPTS:
        if dc[d] != 4:
            err(f"triage department {d}: {dc[d]} != 4")
    if len([a for a in AGES if ac[a]]) < 6:
        err("triage ages spread over fewer than 6 ranges")

    # emergency
    check_common(em, "emergency", "ed-e", ["id", "text", "emergency", "kind", "family"])
    now_fam, non_fam, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    for r in em:
        if r["family"] not in FAMILIES:
            err(f"{r['id']}: bad family {r['family']}")
        if r["emergency"] is True:
            if r["kind"] != "now":
                err(f"{r['id']}: emergency with kind {r['kind']}")
            now_fam[r["family"]] += 1
        elif r["emergency"] is False:
            if r["kind"] not in KINDS:
                err(f"{r['id']}: bad kind {r['kind']}")
            kinds[r["kind"]] += 1
            non_fam[r["family"]] += 1
        else:
            err(f"{r['id']}: emergency not boolean")
    n_now, n_non = sum(now_fam.values()), sum(non_fam.values())
    if n_now < 120:
        err(f"emergencies {n_now} < 120")
    if n_non < 200:
        err(f"non-emergencies {n_non} < 200")
    for f in FAMILIES:
        if now_fam[f] < 4:
            err(f"now family {f}: {now_fam[f]} < 4")
        if non_fam[f] < 1:
            err(f"non-emergency family {f} unused")
    for k in KINDS:
        if kinds[k] < 15:
            err(f"kind {k}: {kinds[k]} < 15")

    print("privacy identifier types:", dict(sorted(type_counts.items())))
    print("triage departments:", dict(sorted(dc.items())))
    print("triage ages:", dict(sorted(ac.items())))
    print("triage genders:", dict(sorted(gc.items())))
    print("emergency now families:", dict(sorted(now_fam.items())))
    print("non-emergency kinds:", dict(sorted(kinds.items())))
    print("non-emergency families:", dict(sorted(non_fam.items())))
    for e in errors:
        print("ERROR:", e)
    print(f"ERRORS: {len(errors)}")
    print(f"SUMMARY: privacy {len(priv)} ({n_ids} with identifiers, {n_trap} trap-only, {n_quasi} with quasi); "
          f"triage {len(tri)}; emergency {len(em)} ({n_now} now, {n_non} non)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
