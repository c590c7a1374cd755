"""Standard-library checker for the built files of writer 141. Exits non-zero on any error."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS_NON = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
             "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(name, prefix_letter):
    path = os.path.join(OUT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad json: %s" % (name, n, e))
    for i, r in enumerate(rows, 1):
        want = "ea-%s%03d" % (prefix_letter, i)
        if r.get("id") != want:
            err("%s row %d id %r, expected %r" % (name, i, r.get("id"), want))
    return rows


def occurrences(text, sub):
    out, start = [], 0
    while True:
        k = text.find(sub, start)
        if k < 0:
            return out
        out.append(k)
        start = k + 1


def check_privacy(rows):
    type_counts = collections.Counter()
    n_ids = n_trap = n_quasi = 0
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "identifiers", "quasi"}:
            err("%s keys %s" % (rid, sorted(r.keys())))
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err("%s empty text" % rid)
        seen = set()
        for ident in r["identifiers"]:
            keys = set(ident.keys())
            if keys not in ({"type", "text"}, {"type", "text", "occurrence"}):
                err("%s identifier keys %s" % (rid, sorted(keys)))
                continue
            t, s = ident["type"], ident["text"]
            if t not in ID_TYPES:
                err("%s bad identifier type %r" % (rid, t))
            type_counts[t] += 1
            occ = occurrences(text, s)
            if not occ:
                err("%s identifier %r not verbatim in text" % (rid, s))
                continue
            key = (s, ident.get("occurrence"))
            if key in seen:
                err("%s identifier %r listed twice" % (rid, s))
            seen.add(key)
            if "occurrence" in ident:
                k = ident["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err("%s occurrence %r out of range for %r (%d found)" % (rid, k, s, len(occ)))
                if len(occ) < 2:
                    err("%s occurrence given for %r which occurs once" % (rid, s))
            if t == "name":
                for k in occ:
                    before = text[k - 1] if k > 0 else " "
                    after = text[k + len(s)] if k + len(s) < len(text) else " "
                    if before.isalnum() or after.isalnum():
                        err("%s name %r glued inside a longer word at %d" % (rid, s, k))
        for q in r["quasi"]:
            if not isinstance(q, str) or q not in text:
                err("%s quasi %r not verbatim in text" % (rid, q))
        if r["identifiers"]:
            n_ids += 1
        else:
            n_trap += 1
            if r["quasi"]:
                err("%s trap-only item carries quasi flags" % rid)
        if r["quasi"]:
            n_quasi += 1
    print("privacy identifier spans per type:")
    for t in ID_TYPES:
        print("  %-15s %d" % (t, type_counts[t]))
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_counts[t] < need:
            err("privacy: only %d spans of %s (need %d)" % (type_counts[t], t, need))
    if len(rows) < 260:
        err("privacy: %d items (need 260)" % len(rows))
    if n_ids < 150:
        err("privacy: %d items with identifiers (need 150)" % n_ids)
    if n_trap < 100:
        err("privacy: %d trap-only items (need 100)" % n_trap)
    if n_quasi < 15:
        err("privacy: %d items with quasi (need 15)" % n_quasi)
    return n_ids, n_trap, n_quasi


def check_triage(rows):
    dept = collections.Counter()
    age = collections.Counter()
    gen = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "department", "age_range", "gender"}:
            err("%s keys %s" % (rid, sorted(r.keys())))
            continue
        if r["department"] not in DEPARTMENTS:
            err("%s bad department %r" % (rid, r["department"]))
        if r["age_range"] not in AGES:
            err("%s bad age_range %r" % (rid, r["age_range"]))
        if r["gender"] not in GENDERS:
            err("%s bad gender %r" % (rid, r["gender"]))
        dept[r["department"]] += 1
        age[r["age_range"]] += 1
        gen[r["gender"]] += 1
    print("triage per department:")
    for d in DEPARTMENTS:
        print("  %-22s %d" % (d, dept[d]))
        if dept[d] != 4:
            err("triage: department %s has %d items (need 4)" % (d, dept[d]))
    print("triage per age_range:")
    for a in AGES:
        print("  %-6s %d" % (a, age[a]))
    print("triage per gender:")
    for g in GENDERS:
        print("  %-12s %d" % (g, gen[g]))
    if len(rows) != 88:
        err("triage: %d items (need exactly 88)" % len(rows))
    if len([a for a in AGES if age[a]]) < 6:
        err("triage: ages spread over fewer than 6 ranges")


def check_emergency(rows):
    now_fam = collections.Counter()
    non_fam = collections.Counter()
    kinds = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if set(r.keys()) != {"id", "text", "emergency", "kind", "family"}:
            err("%s keys %s" % (rid, sorted(r.keys())))
            continue
        if r["family"] not in FAMILIES:
            err("%s bad family %r" % (rid, r["family"]))
        if r["emergency"] is True:
            if r["kind"] != "now":
                err("%s emergency true but kind %r" % (rid, r["kind"]))
            now_fam[r["family"]] += 1
        elif r["emergency"] is False:
            if r["kind"] not in KINDS_NON:
                err("%s non-emergency with bad kind %r" % (rid, r["kind"]))
            non_fam[r["family"]] += 1
        else:
            err("%s emergency not a boolean" % rid)
        kinds[r["kind"]] += 1
    n_now = sum(now_fam.values())
    n_non = sum(non_fam.values())
    print("emergency per kind:")
    for k in ["now"] + KINDS_NON:
        print("  %-24s %d" % (k, kinds[k]))
        if k != "now" and kinds[k] < 15:
            err("emergency: kind %s has %d items (need 15)" % (k, kinds[k]))
    print("emergency per family (now / non):")
    for fam in FAMILIES:
        print("  %-28s %3d / %3d" % (fam, now_fam[fam], non_fam[fam]))
        if now_fam[fam] < 4:
            err("emergency: family %s has %d now items (need 4)" % (fam, now_fam[fam]))
    if n_now < 120:
        err("emergency: %d now items (need 120)" % n_now)
    if n_non < 200:
        err("emergency: %d non-emergencies (need 200)" % n_non)
    if len([f for f in FAMILIES if non_fam[f]]) < 26:
        err("emergency: non-emergency families cover only %d of 26" % len([f for f in FAMILIES if non_fam[f]]))
    return n_now, n_non


def main():
    priv = load("privacy.jsonl", "p")
    tri = load("triage.jsonl", "t")
    emg = load("emergency.jsonl", "e")
    all_ids = collections.Counter(r.get("id") for r in priv + tri + emg)
    for i, c in all_ids.items():
        if c > 1:
            err("duplicate id %r" % i)
    texts = collections.Counter(r.get("text") for r in priv + tri + emg)
    for t, c in texts.items():
        if c > 1:
            err("duplicate text %r" % (t[:60] if t else t))
    n_ids, n_trap, n_quasi = check_privacy(priv)
    check_triage(tri)
    n_now, n_non = check_emergency(emg)
    print("ERRORS: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), n_ids, n_trap, n_quasi, len(tri), len(emg), n_now, n_non))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
