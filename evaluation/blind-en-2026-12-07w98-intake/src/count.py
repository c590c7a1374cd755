"""Check and count the cj (writer 98) test set. Standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "cj"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
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
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    if not os.path.exists(path):
        err("missing file %s" % path)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def common(rows, task, letter, fields):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    ids, texts = set(), {}
    for r in rows:
        if set(r) != set(fields):
            err("%s %s: fields %s" % (task, r.get("id"), sorted(r)))
        i = r.get("id", "")
        if not isinstance(i, str) or not pat.match(i):
            err("%s: bad id %r" % (task, i))
        if i in ids:
            err("%s: duplicate id %s" % (task, i))
        ids.add(i)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (task, i))
            continue
        k = norm(t)
        if k in texts:
            err("%s: duplicate text %s / %s" % (task, texts[k], i))
        texts[k] = i


def check_privacy(rows):
    common(rows, "privacy", "p", ["id", "text", "identifiers", "quasi"])
    types = collections.Counter()
    with_ids = trap = with_quasi = 0
    for r in rows:
        t = r.get("text", "")
        ids = r.get("identifiers")
        q = r.get("quasi")
        if not isinstance(ids, list):
            err("privacy %s: identifiers not a list" % r.get("id"))
            ids = []
        if not isinstance(q, list):
            err("privacy %s: quasi not a list" % r.get("id"))
            q = []
        seen = set()
        for d in ids:
            if not isinstance(d, dict) or set(d) != {"type", "text"}:
                err("privacy %s: bad identifier %r" % (r.get("id"), d))
                continue
            if d["type"] not in ID_TYPES:
                err("privacy %s: bad type %r" % (r.get("id"), d["type"]))
            if not d["text"] or d["text"] not in t:
                err("privacy %s: identifier %r not in text" % (r.get("id"), d["text"]))
            key = (d["type"], d["text"])
            if key in seen:
                err("privacy %s: identifier listed twice %r" % (r.get("id"), d["text"]))
            seen.add(key)
            types[d["type"]] += 1
        for s in q:
            if not isinstance(s, str) or not s or s not in t:
                err("privacy %s: quasi %r not a substring" % (r.get("id"), s))
        if ids:
            with_ids += 1
        else:
            trap += 1
        if q:
            with_quasi += 1
    print("privacy identifier types:")
    for ty in ID_TYPES:
        print("  %-14s %d" % (ty, types[ty]))
        if types[ty] < 5:
            err("privacy: type %s used %d times (<5)" % (ty, types[ty]))
    if types and types["name"] != max(types.values()):
        err("privacy: name is not the most common type")
    if len(rows) < 260:
        err("privacy: %d items (<260)" % len(rows))
    if with_ids < 150:
        err("privacy: %d with identifiers (<150)" % with_ids)
    if trap < 100:
        err("privacy: %d trap-only (<100)" % trap)
    if with_quasi < 15:
        err("privacy: %d with quasi (<15)" % with_quasi)
    return len(rows), with_ids, trap, with_quasi


def check_triage(rows):
    common(rows, "triage", "t", ["id", "text", "department", "age_range", "gender"])
    dep, age, gen = collections.Counter(), collections.Counter(), collections.Counter()
    for r in rows:
        if r.get("department") not in DEPTS:
            err("triage %s: bad department %r" % (r.get("id"), r.get("department")))
        if r.get("age_range") not in AGES:
            err("triage %s: bad age_range %r" % (r.get("id"), r.get("age_range")))
        if r.get("gender") not in GENDERS:
            err("triage %s: bad gender %r" % (r.get("id"), r.get("gender")))
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    print("triage departments:")
    for d in DEPTS:
        print("  %-20s %d" % (d, dep[d]))
        if dep[d] != 4:
            err("triage: department %s has %d items (!=4)" % (d, dep[d]))
    print("triage age ranges:")
    for a in AGES:
        print("  %-6s %d" % (a, age[a]))
        if age[a] == 0:
            err("triage: no item in age range %s" % a)
    print("triage genders:")
    for g in GENDERS:
        print("  %-12s %d" % (g, gen[g]))
        if gen[g] == 0:
            err("triage: no item with gender %s" % g)
    if len(rows) != 88:
        err("triage: %d items (!=88)" % len(rows))
    return len(rows)


def check_emergency(rows):
    common(rows, "emergency", "e", ["id", "text", "emergency", "kind", "family"])
    kinds = collections.Counter()
    fam = collections.defaultdict(lambda: [0, 0])
    now = non = 0
    for r in rows:
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err("emergency %s: emergency not bool" % r.get("id"))
        if f not in FAMILIES:
            err("emergency %s: bad family %r" % (r.get("id"), f))
        if e is True:
            if k != "now":
                err("emergency %s: true with kind %r" % (r.get("id"), k))
            now += 1
            fam[f][0] += 1
        else:
            if k not in NON_KINDS:
                err("emergency %s: false with kind %r" % (r.get("id"), k))
            non += 1
            fam[f][1] += 1
        kinds[k] += 1
    print("emergency kinds:")
    for k in ["now"] + NON_KINDS:
        print("  %-24s %d" % (k, kinds[k]))
        if k != "now" and kinds[k] < 15:
            err("emergency: kind %s has %d (<15)" % (k, kinds[k]))
    print("emergency families (total / now / non):")
    for f in FAMILIES:
        a, b = fam[f]
        print("  %-28s %3d / %3d / %3d" % (f, a + b, a, b))
        if a < 4:
            err("emergency: family %s has %d now (<4)" % (f, a))
    if now < 120:
        err("emergency: %d now (<120)" % now)
    if non < 200:
        err("emergency: %d non (<200)" % non)
    return len(rows), now, non


def main():
    p = check_privacy(load("privacy"))
    t = check_triage(load("triage"))
    e = check_emergency(load("emergency"))
    print("errors: %d" % len(errors))
    for m in errors[:200]:
        print("  ERROR " + m)
    print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
          % (p[0], p[1], p[2], p[3], t, e[0], e[1], e[2]))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
