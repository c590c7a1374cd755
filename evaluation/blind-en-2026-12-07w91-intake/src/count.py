"""Check and count the writer-91 blind test set. Standard library only."""
import collections
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cc"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPARTMENTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
               "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
               "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
               "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    path = os.path.join(OUT, name + ".jsonl")
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s line %d: bad JSON (%s)" % (name, ln, e))
    except OSError as e:
        err("cannot read %s: %s" % (path, e))
    return rows


seen_ids = set()
seen_texts = set()


def common(row, task, letter, keys):
    rid = row.get("id")
    if not isinstance(rid, str) or not rid.startswith("%s-%s" % (PREFIX, letter)) or len(rid) != len(PREFIX) + 5 \
            or not rid[-3:].isdigit():
        err("%s: bad id %r" % (task, rid))
    if list(row.keys())[:1] != ["id"]:
        err("%s %s: id is not the first field" % (task, rid))
    if rid in seen_ids:
        err("duplicate id %s" % rid)
    seen_ids.add(rid)
    if set(row.keys()) != set(["id"] + keys):
        err("%s %s: fields %s" % (task, rid, sorted(row.keys())))
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        err("%s %s: empty text" % (task, rid))
        return rid, ""
    if text in seen_texts:
        err("%s %s: duplicate text" % (task, rid))
    seen_texts.add(text)
    return rid, text


def check_privacy(rows):
    by_type = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    for row in rows:
        rid, text = common(row, "privacy", "p", ["text", "identifiers", "quasi"])
        ids = row.get("identifiers")
        quasi = row.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % rid)
            ids = []
        if not isinstance(quasi, list):
            err("privacy %s: quasi not a list" % rid)
            quasi = []
        seen = set()
        for ident in ids:
            if not isinstance(ident, dict) or set(ident.keys()) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (rid, ident))
                continue
            if ident["type"] not in ID_TYPES:
                err("privacy %s: unknown type %r" % (rid, ident["type"]))
            if not ident["text"] or ident["text"] not in text:
                err("privacy %s: identifier %r not in text" % (rid, ident["text"]))
            if ident["text"] in seen:
                err("privacy %s: identifier %r listed twice" % (rid, ident["text"]))
            seen.add(ident["text"])
            by_type[ident["type"]] += 1
        for q in quasi:
            if not isinstance(q, dict) or set(q.keys()) != {"text"}:
                err("privacy %s: bad quasi %r" % (rid, q))
                continue
            if not q["text"] or q["text"] not in text:
                err("privacy %s: quasi %r not in text" % (rid, q["text"]))
        if ids:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    print("== privacy: %d items" % len(rows))
    for t in ID_TYPES:
        print("  %-14s %d" % (t, by_type[t]))
        if by_type[t] == 0:
            err("privacy: no identifier of type %s" % t)
    print("  with identifiers %d, trap-only %d, with quasi %d" % (with_ids, trap_only, with_quasi))
    if len(rows) < 260:
        err("privacy: %d items < 260" % len(rows))
    if with_ids < 150:
        err("privacy: %d with identifiers < 150" % with_ids)
    if trap_only < 100:
        err("privacy: %d trap-only < 100" % trap_only)
    if with_quasi < 15:
        err("privacy: %d with quasi < 15" % with_quasi)
    return len(rows), with_ids, trap_only, with_quasi


def check_triage(rows):
    dep = collections.Counter()
    age = collections.Counter()
    gen = collections.Counter()
    for row in rows:
        rid, text = common(row, "triage", "t", ["text", "department", "age_range", "gender"])
        if row.get("department") not in DEPARTMENTS:
            err("triage %s: bad department %r" % (rid, row.get("department")))
        if row.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (rid, row.get("age_range")))
        if row.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (rid, row.get("gender")))
        dep[row.get("department")] += 1
        age[row.get("age_range")] += 1
        gen[row.get("gender")] += 1
    print("== triage: %d items" % len(rows))
    print("  departments:")
    for d in DEPARTMENTS:
        print("    %-22s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage: department %s has %d items (need 4)" % (d, dep[d]))
    print("  age ranges: " + ", ".join("%s %d" % (a, age[a]) for a in AGES))
    print("  genders: " + ", ".join("%s %d" % (g, gen[g]) for g in GENDERS))
    if len(rows) != 88:
        err("triage: %d items (need exactly 88)" % len(rows))
    return len(rows)


def check_emergency(rows):
    kind = collections.Counter()
    fam_total = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    for row in rows:
        rid, text = common(row, "emergency", "e", ["text", "emergency", "kind", "family"])
        k, f, e = row.get("kind"), row.get("family"), row.get("emergency")
        if k not in KINDS:
            err("emergency %s: bad kind %r" % (rid, k))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (rid, f))
        if not isinstance(e, bool):
            err("emergency %s: emergency not boolean" % rid)
        elif e != (k == "now"):
            err("emergency %s: emergency=%r but kind=%r" % (rid, e, k))
        kind[k] += 1
        fam_total[f] += 1
        if k == "now":
            fam_now[f] += 1
        else:
            fam_non[f] += 1
    now = kind["now"]
    non = len(rows) - now
    print("== emergency: %d items (%d now, %d non)" % (len(rows), now, non))
    print("  kinds:")
    for k in KINDS:
        print("    %-24s %d" % (k, kind[k]))
        if k != "now" and kind[k] < 15:
            err("emergency: kind %s has %d items (< 15)" % (k, kind[k]))
    print("  families (total / now / non):")
    for f in FAMILIES:
        print("    %-28s %3d / %3d / %3d" % (f, fam_total[f], fam_now[f], fam_non[f]))
        if fam_now[f] < 1:
            err("emergency: family %s has no now item" % f)
    if now < 120:
        err("emergency: %d now items < 120" % now)
    if non < 200:
        err("emergency: %d non-emergencies < 200" % non)
    return len(rows), now, non


def main():
    p = check_privacy(load("privacy"))
    t = check_triage(load("triage"))
    e = check_emergency(load("emergency"))
    for m in errors:
        print("ERROR: " + m)
    print("errors: %d" % len(errors))
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (p[0], p[1], p[2], p[3], t, e[0], e[1], e[2]))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
