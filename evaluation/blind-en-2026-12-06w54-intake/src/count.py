"""Check the three JSONL files and print count tables. Standard library only."""
import collections, json, os, re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "aq"
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


def read(name):
    rows = []
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def common(name, letter, rows, fields):
    pat = re.compile(r"^%s-%s\d{3}$" % (PREFIX, letter))
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != set(["id", "text"] + fields):
            err("%s %s: fields %s" % (name, rid, sorted(r)))
        if not pat.match(str(rid)):
            err("%s %s: bad id" % (name, rid))
        if rid in ids:
            err("%s %s: duplicate id" % (name, rid))
        ids.add(rid)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err("%s %s: empty text" % (name, rid))
            continue
        key = " ".join(t.lower().split())
        if key in texts:
            err("%s %s: duplicate text" % (name, rid))
        texts.add(key)


def table(title, counter, order=None):
    print("\n" + title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-28s %5d" % (k, counter.get(k, 0)))


# privacy
P = read("privacy")
common("privacy", "p", P, ["identifiers", "quasi"])
idc = collections.Counter()
with_ids = trap_only = with_quasi = 0
for r in P:
    ids = r.get("identifiers", [])
    if not isinstance(ids, list):
        err("privacy %s: identifiers not a list" % r["id"]); continue
    seen = set()
    for d in ids:
        if not isinstance(d, dict) or set(d) != {"type", "text"}:
            err("privacy %s: bad identifier %r" % (r["id"], d)); continue
        if d["type"] not in ID_TYPES:
            err("privacy %s: unknown type %s" % (r["id"], d["type"]))
        if not d["text"] or d["text"] not in r["text"]:
            err("privacy %s: identifier %r not in text" % (r["id"], d["text"]))
        if (d["type"], d["text"]) in seen:
            err("privacy %s: identifier listed twice %r" % (r["id"], d["text"]))
        seen.add((d["type"], d["text"]))
        idc[d["type"]] += 1
    q = r.get("quasi", [])
    if not isinstance(q, list):
        err("privacy %s: quasi not a list" % r["id"]); q = []
    for s in q:
        if not isinstance(s, str) or not s or s not in r["text"]:
            err("privacy %s: quasi %r not in text" % (r["id"], s))
    if ids:
        with_ids += 1
    else:
        trap_only += 1
    if q:
        with_quasi += 1
for t in ID_TYPES:
    if idc[t] < 5:
        err("privacy: type %s occurs only %d times" % (t, idc[t]))
table("PRIVACY identifier occurrences by type", idc, ID_TYPES)
print("  items with identifiers: %d   trap-only: %d   items with quasi: %d" % (with_ids, trap_only, with_quasi))

# triage
T = read("triage")
common("triage", "t", T, ["department", "age_range", "gender"])
dc, ac, gc = collections.Counter(), collections.Counter(), collections.Counter()
for r in T:
    if r.get("department") not in DEPARTMENTS:
        err("triage %s: bad department %r" % (r["id"], r.get("department")))
    if r.get("age_range") not in AGES:
        err("triage %s: bad age_range %r" % (r["id"], r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("triage %s: bad gender %r" % (r["id"], r.get("gender")))
    dc[r.get("department")] += 1; ac[r.get("age_range")] += 1; gc[r.get("gender")] += 1
for d in DEPARTMENTS:
    if dc[d] != 4:
        err("triage: department %s has %d items (want 4)" % (d, dc[d]))
table("TRIAGE departments", dc, DEPARTMENTS)
table("TRIAGE age ranges", ac, AGES)
table("TRIAGE genders", gc, GENDERS)

# emergency
E = read("emergency")
common("emergency", "e", E, ["emergency", "kind", "family"])
kc, fnow, fnon = collections.Counter(), collections.Counter(), collections.Counter()
n_em = n_non = 0
for r in E:
    k, f, em = r.get("kind"), r.get("family"), r.get("emergency")
    if k not in KINDS:
        err("emergency %s: bad kind %r" % (r["id"], k))
    if f not in FAMILIES:
        err("emergency %s: bad family %r" % (r["id"], f))
    if not isinstance(em, bool):
        err("emergency %s: emergency not bool" % r["id"])
    if (k == "now") != (em is True):
        err("emergency %s: kind %s inconsistent with emergency=%r" % (r["id"], k, em))
    kc[k] += 1
    if em is True:
        n_em += 1; fnow[f] += 1
    else:
        n_non += 1; fnon[f] += 1
table("EMERGENCY kinds", kc, KINDS)
print("\nEMERGENCY families            now   non-now")
for f in FAMILIES:
    print("  %-28s %5d %7d" % (f, fnow[f], fnon[f]))
if n_em < 115:
    err("emergency: only %d emergencies" % n_em)
if n_non < 200:
    err("emergency: only %d non-emergencies" % n_non)

if errors:
    print("\nERRORS")
    for e in errors:
        print("  " + e)
print("\nSUMMARY privacy=%d triage=%d emergency=%d identifiers=%d emergencies=%d non_emergencies=%d errors=%d"
      % (len(P), len(T), len(E), sum(idc.values()), n_em, n_non, len(errors)))
