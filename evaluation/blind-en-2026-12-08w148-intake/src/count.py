"""Standard-library checker for the built files of writer 148 (prefix eh)."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "eh"

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
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(OUT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def glued(text, i, sub):
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(sub)] if i + len(sub) < len(text) else ""
    return (before.isalnum()) or (after.isalnum())


def check_ids(name, rows, letter, all_texts):
    ids = [r.get("id") for r in rows]
    for i, r in enumerate(rows, 1):
        want = "%s-%s%03d" % (PREFIX, letter, i)
        if r.get("id") != want:
            err("%s: id %r at position %d, expected %s" % (name, r.get("id"), i, want))
    if len(set(ids)) != len(ids):
        err("%s: duplicate ids" % name)
    texts = [r.get("text") for r in rows]
    for t, c in Counter(texts).items():
        if c > 1:
            err("%s: duplicate text: %r" % (name, t[:60]))
    for t in texts:
        if t in all_texts:
            err("%s: text also used in another file: %r" % (name, t[:60]))
        all_texts.add(t)
    for r in rows:
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty or non-string text" % (name, r.get("id")))


def main():
    all_texts = set()
    # ---------------- privacy
    prv = load("privacy.jsonl")
    check_ids("privacy.jsonl", prv, "p", all_texts)
    type_counts = Counter()
    with_ids = trap_only = with_quasi = 0
    for r in prv:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
            err("privacy %s: keys %s" % (rid, sorted(r.keys())))
            continue
        text = r["text"]
        idents = r["identifiers"]
        if not isinstance(idents, list) or not isinstance(r["quasi"], list):
            err("privacy %s: identifiers/quasi must be lists" % rid)
            continue
        seen = set()
        for d in idents:
            keys = set(d.keys())
            if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
                err("privacy %s: identifier keys %s" % (rid, sorted(keys)))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (rid, d["type"]))
            s = d["text"]
            occ = occurrences(text, s)
            if not s or not occ:
                err("privacy %s: identifier %r not verbatim in text" % (rid, s))
                continue
            key = (d["type"], s, d.get("occurrence"))
            if key in seen:
                err("privacy %s: identifier %r listed twice" % (rid, s))
            seen.add(key)
            if "occurrence" in d:
                k = d["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("privacy %s: occurrence %r of %r invalid (%d found)" % (rid, k, s, len(occ)))
                elif len(occ) < 2:
                    err("privacy %s: occurrence given for non-repeated %r" % (rid, s))
            if d["type"] == "name":
                for i in occ:
                    if glued(text, i, s):
                        err("privacy %s: name %r glued inside a longer word" % (rid, s))
                        break
            type_counts[d["type"]] += 1
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in text:
                err("privacy %s: quasi %r not verbatim in text" % (rid, q))
        if idents:
            with_ids += 1
        else:
            trap_only += 1
            if r["quasi"]:
                err("privacy %s: trap-only item with quasi flags" % rid)
        if r["quasi"]:
            with_quasi += 1
    if len(prv) < 260:
        err("privacy: %d items < 260" % len(prv))
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_counts[t] < need:
            err("privacy: only %d spans of %s (need %d)" % (type_counts[t], t, need))
    print("privacy identifier spans per type:")
    for t in ID_TYPES:
        print("  %-14s %d" % (t, type_counts[t]))

    # ---------------- triage
    tri = load("triage.jsonl")
    check_ids("triage.jsonl", tri, "t", all_texts)
    dc, ac, gc = Counter(), Counter(), Counter()
    for r in tri:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
            err("triage %s: keys %s" % (rid, sorted(r.keys())))
            continue
        if r["department"] not in DEPTS:
            err("triage %s: bad department %r" % (rid, r["department"]))
        if r["age_range"] not in AGES:
            err("triage %s: bad age_range %r" % (rid, r["age_range"]))
        if r["gender"] not in GENDERS:
            err("triage %s: bad gender %r" % (rid, r["gender"]))
        dc[r["department"]] += 1
        ac[r["age_range"]] += 1
        gc[r["gender"]] += 1
    if len(tri) != 88:
        err("triage: %d items, need exactly 88" % len(tri))
    for d in DEPTS:
        if dc[d] != 4:
            err("triage: department %s has %d items, need 4" % (d, dc[d]))
    if len([a for a in AGES if ac[a]]) < 6:
        err("triage: ages cover fewer than 6 ranges")
    print("triage per department:")
    for d in DEPTS:
        print("  %-22s %d" % (d, dc[d]))
    print("triage per age_range:")
    for a in AGES:
        print("  %-8s %d" % (a, ac[a]))
    print("triage per gender:")
    for g in GENDERS:
        print("  %-12s %d" % (g, gc[g]))

    # ---------------- emergency
    emg = load("emergency.jsonl")
    check_ids("emergency.jsonl", emg, "e", all_texts)
    now_fam, non_fam, kinds = Counter(), Counter(), Counter()
    n_now = n_non = 0
    for r in emg:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
            err("emergency %s: keys %s" % (rid, sorted(r.keys())))
            continue
        if not isinstance(r["emergency"], bool):
            err("emergency %s: emergency not boolean" % rid)
            continue
        if r["family"] not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, r["family"]))
        if r["emergency"]:
            n_now += 1
            if r["kind"] != "now":
                err("emergency %s: emergency true but kind %r" % (rid, r["kind"]))
            now_fam[r["family"]] += 1
        else:
            n_non += 1
            if r["kind"] not in KINDS:
                err("emergency %s: bad non-emergency kind %r" % (rid, r["kind"]))
            kinds[r["kind"]] += 1
            non_fam[r["family"]] += 1
    if n_now < 120:
        err("emergency: %d now < 120" % n_now)
    if n_non < 200:
        err("emergency: %d non < 200" % n_non)
    for f in FAMILIES:
        if now_fam[f] < 4:
            err("emergency: family %s has %d now items (need 4)" % (f, now_fam[f]))
        if non_fam[f] < 1:
            err("emergency: family %s has no non-emergency item" % f)
    for k in KINDS:
        if kinds[k] < 15:
            err("emergency: kind %s has %d items (need 15)" % (k, kinds[k]))
    print("emergency non-emergency kinds:")
    for k in KINDS:
        print("  %-24s %d" % (k, kinds[k]))
    print("emergency families (now / non):")
    for f in FAMILIES:
        print("  %-28s %3d / %3d" % (f, now_fam[f], non_fam[f]))

    for e in errors:
        print("ERROR:", e)
    print("ERRORS: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(prv), with_ids, trap_only, with_quasi, len(tri), len(emg), n_now, n_non))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
