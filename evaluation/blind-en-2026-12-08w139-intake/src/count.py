"""Standard-library checker for the built files of writer 139 (prefix dy)."""
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


def load(name):
    path = os.path.join(OUT, name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s line %d empty" % (name, n))
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d bad json: %s" % (name, n, e))
    return recs


def check_common(name, recs, keys, prefix):
    seen_ids, seen_texts = set(), set()
    for r in recs:
        if set(r.keys()) != set(keys):
            err("%s %s keys %s" % (name, r.get("id"), sorted(r.keys())))
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(prefix + r"\d{3}", rid):
            err("%s bad id %r" % (name, rid))
        if rid in seen_ids:
            err("%s duplicate id %s" % (name, rid))
        seen_ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s empty text" % (name, rid))
        if t in seen_texts:
            err("%s %s duplicate text" % (name, rid))
        seen_texts.add(t)


def shielded(text, identifiers):
    """Character positions covered by email/url/handle identifiers (names inside them are not marked)."""
    cover = set()
    for d in identifiers:
        if d.get("type") in ("email", "url", "handle"):
            for m in re.finditer(re.escape(d["text"]), text):
                cover.update(range(m.start(), m.end()))
    return cover


def check_privacy(recs):
    type_counts = collections.Counter()
    n_ids = n_trap = n_quasi = 0
    for r in recs:
        rid, text = r["id"], r["text"]
        ids, quasi = r.get("identifiers"), r.get("quasi")
        if not isinstance(ids, list) or not isinstance(quasi, list):
            err("privacy %s identifiers/quasi not lists" % rid)
            continue
        if ids:
            n_ids += 1
        else:
            n_trap += 1
            if quasi:
                err("privacy %s trap-only item with quasi" % rid)
        if quasi:
            n_quasi += 1
        seen = set()
        cover = shielded(text, ids)
        for d in ids:
            if set(d.keys()) - {"type", "text", "occurrence"} or "type" not in d or "text" not in d:
                err("privacy %s bad identifier keys %s" % (rid, d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s bad type %s" % (rid, d["type"]))
            type_counts[d["type"]] += 1
            s = d["text"]
            if not s or s not in text:
                err("privacy %s identifier not verbatim: %r" % (rid, s))
                continue
            key = (d["type"], s, d.get("occurrence"))
            if (s, d.get("occurrence")) in seen:
                err("privacy %s repeated identifier %r" % (rid, s))
            seen.add((s, d.get("occurrence")))
            occ = text.count(s)
            if "occurrence" in d:
                k = d["occurrence"]
                if not isinstance(k, int) or k < 1 or k > occ:
                    err("privacy %s bad occurrence %r for %r" % (rid, k, s))
                if occ < 2:
                    err("privacy %s occurrence given for a non-repeated %r" % (rid, s))
            if d["type"] == "name":
                if s != s.strip() or s.startswith(("Dr", "Mrs ", "Mr ", "Ms ")) and s.split()[0] in ("Dr", "Dr.", "Mrs", "Mr", "Ms"):
                    err("privacy %s name with title or spaces %r" % (rid, s))
                for m in re.finditer(re.escape(s), text, flags=re.IGNORECASE):
                    if m.start() in cover:
                        continue
                    before = text[m.start() - 1] if m.start() > 0 else " "
                    after = text[m.end()] if m.end() < len(text) else " "
                    if before.isalnum() or after.isalnum():
                        err("privacy %s name %r glued inside a longer word at %d" % (rid, s, m.start()))
        for q in quasi:
            if not isinstance(q, str) or q not in text:
                err("privacy %s quasi not verbatim: %r" % (rid, q))
    print("== privacy: %d items" % len(recs))
    for t in ID_TYPES:
        print("  type %-14s %d" % (t, type_counts[t]))
    print("  with identifiers %d, trap-only %d, with quasi %d" % (n_ids, n_trap, n_quasi))
    if len(recs) < 260:
        err("privacy needs >= 260 items")
    if n_ids < 150:
        err("privacy needs >= 150 items with identifiers")
    if n_trap < 100:
        err("privacy needs >= 100 trap-only items")
    if n_quasi < 15:
        err("privacy needs >= 15 items with quasi")
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_counts[t] < need:
            err("privacy type %s has %d spans, needs %d" % (t, type_counts[t], need))
    return n_ids, n_trap, n_quasi


def check_triage(recs):
    dep = collections.Counter(r.get("department") for r in recs)
    age = collections.Counter(r.get("age_range") for r in recs)
    gen = collections.Counter(r.get("gender") for r in recs)
    for r in recs:
        if r.get("department") not in DEPTS:
            err("triage %s bad department %r" % (r["id"], r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s bad age %r" % (r["id"], r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s bad gender %r" % (r["id"], r.get("gender")))
    print("== triage: %d items" % len(recs))
    for d in DEPTS:
        print("  dept %-22s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage department %s has %d items, needs 4" % (d, dep[d]))
    for a in AGES:
        print("  age %-6s %d" % (a, age[a]))
    for g in GENDERS:
        print("  gender %-12s %d" % (g, gen[g]))
    if len(recs) != 88:
        err("triage needs exactly 88 items")
    if len([a for a in AGES if age[a]]) < 6:
        err("triage ages spread over fewer than 6 ranges")


def check_emergency(recs):
    now_fam = collections.Counter()
    non_kind = collections.Counter()
    non_fam = collections.Counter()
    for r in recs:
        rid = r["id"]
        if not isinstance(r.get("emergency"), bool):
            err("emergency %s emergency not bool" % rid)
        if r.get("family") not in FAMILIES:
            err("emergency %s bad family %r" % (rid, r.get("family")))
        if r.get("emergency") is True:
            if r.get("kind") != "now":
                err("emergency %s true but kind %r" % (rid, r.get("kind")))
            now_fam[r.get("family")] += 1
        else:
            if r.get("kind") not in KINDS_NON:
                err("emergency %s false but kind %r" % (rid, r.get("kind")))
            non_kind[r.get("kind")] += 1
            non_fam[r.get("family")] += 1
    n_now, n_non = sum(now_fam.values()), sum(non_kind.values())
    print("== emergency: %d items (%d now, %d non)" % (len(recs), n_now, n_non))
    for f in FAMILIES:
        print("  family %-28s now %3d  non %3d" % (f, now_fam[f], non_fam[f]))
        if now_fam[f] < 4:
            err("emergency family %s has %d now items, needs 4" % (f, now_fam[f]))
    for k in KINDS_NON:
        print("  kind %-24s %d" % (k, non_kind[k]))
        if non_kind[k] < 15:
            err("emergency kind %s has %d items, needs 15" % (k, non_kind[k]))
    if n_now < 120:
        err("emergency needs >= 120 now items")
    if n_non < 200:
        err("emergency needs >= 200 non-emergencies")
    if len([f for f in FAMILIES if non_fam[f]]) < 20:
        err("non-emergency families not spread (fewer than 20 of 26 used)")
    return n_now, n_non


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")
    check_common("privacy", priv, ["id", "text", "identifiers", "quasi"], "dy-p")
    check_common("triage", tri, ["id", "text", "department", "age_range", "gender"], "dy-t")
    check_common("emergency", emg, ["id", "text", "emergency", "kind", "family"], "dy-e")
    a, b, c = check_privacy(priv)
    check_triage(tri)
    x, y = check_emergency(emg)
    print("ERRORS: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (len(priv), a, b, c, len(tri), len(emg), x, y))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
