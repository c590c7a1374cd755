"""Check every rule of the brief on the built .jsonl files and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dd"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
MIN_TYPE = {t: 8 for t in ID_TYPES}
MIN_TYPE.update({"licence_plate": 5, "url": 5, "handle": 5})
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
    path = os.path.join(OUT, name)
    recs = []
    if not os.path.exists(path):
        err("missing file " + name)
        return recs
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return recs


def check_ids(recs, letter, keys):
    seen = set()
    pat = re.compile(r"^%s-%s\d{3,}$" % (PREFIX, letter))
    texts = collections.Counter()
    for r in recs:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err("bad id %r" % rid)
        if rid in seen:
            err("duplicate id %r" % rid)
        seen.add(rid)
        if set(r.keys()) != set(keys):
            err("%s: keys %s != %s" % (rid, sorted(r.keys()), sorted(keys)))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s: empty text" % rid)
        texts[r.get("text")] += 1
    for t, c in texts.items():
        if c > 1:
            err("duplicate text (%d times): %r" % (c, (t or "")[:60]))


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append((i, i + len(sub)))
        start = i + 1


def printc(title, counter, order=None):
    keys = order if order else sorted(counter)
    print("  %s: %s" % (title, ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys)))


# ---------------- privacy ----------------
priv = load("privacy.jsonl")
check_ids(priv, "p", ["id", "text", "identifiers", "quasi"])
type_items = collections.Counter()
type_spans = collections.Counter()
n_with = n_trap = n_quasi = 0
email_re = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
phone_re = re.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")
for r in priv:
    rid, text = r.get("id"), r.get("text", "")
    idents = r.get("identifiers")
    quasi = r.get("quasi")
    if not isinstance(idents, list) or not isinstance(quasi, list):
        err("%s: identifiers/quasi must be lists" % rid)
        continue
    spans = []
    seen_pairs = set()
    for d in idents:
        t, s = d.get("type"), d.get("text")
        if t not in ID_TYPES:
            err("%s: bad identifier type %r" % (rid, t))
        if not isinstance(s, str) or not s:
            err("%s: empty identifier text" % rid)
            continue
        if s != s.strip():
            err("%s: identifier %r has surrounding whitespace" % (rid, s))
        occ = occurrences(text, s)
        if not occ:
            err("%s: identifier %r not found verbatim" % (rid, s))
            continue
        if "occurrence" in d:
            k = d["occurrence"]
            if not isinstance(k, int) or k < 1 or k > len(occ):
                err("%s: bad occurrence %r for %r" % (rid, k, s))
                continue
            occ = [occ[k - 1]]
        key = (s, d.get("occurrence"))
        if key in seen_pairs:
            err("%s: identifier %r listed twice" % (rid, s))
        seen_pairs.add(key)
        if t == "name":
            for a, b in occ:
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    err("%s: name %r occurs inside another word" % (rid, s))
        for a, b in occ:
            spans.append((a, b, s))
        type_spans[t] += 1
    # overlapping marked spans
    spans.sort()
    for i in range(len(spans) - 1):
        if spans[i + 1][0] < spans[i][1]:
            err("%s: overlapping identifier spans %r / %r" % (rid, spans[i][2], spans[i + 1][2]))
    for q in quasi:
        if not isinstance(q, str) or not q or q not in text:
            err("%s: quasi %r not found verbatim" % (rid, q))
    for t in set(d.get("type") for d in idents):
        type_items[t] += 1
    if idents:
        n_with += 1
    else:
        n_trap += 1
        if quasi:
            err("%s: trap-only item should not carry quasi flags" % rid)
        if email_re.search(text) or phone_re.search(text) or re.search(r"(^|\s)@\w", text) or "http" in text:
            err("%s: trap-only item contains an identifier-like pattern" % rid)
    if quasi:
        n_quasi += 1

if len(priv) < 260:
    err("privacy: %d items < 260" % len(priv))
if n_with < 150:
    err("privacy: %d with identifiers < 150" % n_with)
if n_trap < 100:
    err("privacy: %d trap-only < 100" % n_trap)
if n_quasi < 15:
    err("privacy: %d with quasi < 15" % n_quasi)
for t in ID_TYPES:
    if type_items[t] < MIN_TYPE[t]:
        err("privacy: type %s in %d items < %d" % (t, type_items[t], MIN_TYPE[t]))

# ---------------- triage ----------------
tri = load("triage.jsonl")
check_ids(tri, "t", ["id", "text", "department", "age_range", "gender"])
dc, ac, gc = collections.Counter(), collections.Counter(), collections.Counter()
for r in tri:
    rid = r.get("id")
    if r.get("department") not in DEPTS:
        err("%s: bad department %r" % (rid, r.get("department")))
    if r.get("age_range") not in AGES:
        err("%s: bad age_range %r" % (rid, r.get("age_range")))
    if r.get("gender") not in GENDERS:
        err("%s: bad gender %r" % (rid, r.get("gender")))
    dc[r.get("department")] += 1
    ac[r.get("age_range")] += 1
    gc[r.get("gender")] += 1
if len(tri) != 88:
    err("triage: %d items != 88" % len(tri))
for d in DEPTS:
    if dc[d] != 4:
        err("triage: department %s has %d items != 4" % (d, dc[d]))

# ---------------- emergency ----------------
em = load("emergency.jsonl")
check_ids(em, "e", ["id", "text", "emergency", "kind", "family"])
kc, fc_now, fc_non = collections.Counter(), collections.Counter(), collections.Counter()
n_now = n_non = 0
for r in em:
    rid = r.get("id")
    e, k, fam = r.get("emergency"), r.get("kind"), r.get("family")
    if not isinstance(e, bool):
        err("%s: emergency must be true/false" % rid)
    if fam not in FAMILIES:
        err("%s: bad family %r" % (rid, fam))
    if e is True:
        n_now += 1
        fc_now[fam] += 1
        if k != "now":
            err("%s: emergency with kind %r" % (rid, k))
    elif e is False:
        n_non += 1
        fc_non[fam] += 1
        if k not in NON_KINDS:
            err("%s: non-emergency with bad kind %r" % (rid, k))
    kc[k] += 1
if n_now < 120:
    err("emergency: %d now < 120" % n_now)
if n_non < 200:
    err("emergency: %d non < 200" % n_non)
for f in FAMILIES:
    if fc_now[f] < 4:
        err("emergency: family %s has %d now items < 4" % (f, fc_now[f]))
for k in NON_KINDS:
    if kc[k] < 15:
        err("emergency: kind %s has %d items < 15" % (k, kc[k]))

# ---------------- report ----------------
print("privacy: %d items" % len(priv))
printc("items per identifier type", type_items, ID_TYPES)
printc("identifier entries per type", type_spans, ID_TYPES)
print("triage: %d items" % len(tri))
printc("department", dc, DEPTS)
printc("age_range", ac, AGES)
printc("gender", gc, GENDERS)
print("emergency: %d items" % len(em))
printc("kind", kc, ["now"] + NON_KINDS)
printc("family (now)", fc_now, FAMILIES)
printc("family (non)", fc_non, FAMILIES)
print("errors: %d" % len(errors))
for e in errors:
    print("  ERROR: " + e)
print("SUMMARY: privacy %d (%d with identifiers, %d trap-only, %d with quasi); triage %d; emergency %d (%d now, %d non)"
      % (len(priv), n_with, n_trap, n_quasi, len(tri), len(em), n_now, n_non))
sys.exit(1 if errors else 0)
