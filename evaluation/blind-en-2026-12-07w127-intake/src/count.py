#!/usr/bin/env python3
"""Check the three .jsonl files against the brief and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "dm"

ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology", "general-surgery",
         "hematology-oncology", "infectious-diseases", "nephrology", "neurology", "obstetrics-gynecology", "ophthalmology",
         "orthopedics", "otolaryngology", "pediatrics", "psychiatry", "pulmonology", "rehabilitation", "rheumatology", "urology",
         "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
NON_KINDS = ["past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated", "figure_of_speech",
             "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent", "self_harm",
            "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant", "meningitis_signs",
            "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency", "sepsis_signs", "severe_burn", "choking",
            "testicular_torsion", "ectopic_pregnancy", "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden",
            "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(OUT, name)
    recs = []
    if not os.path.exists(path):
        err(f"missing {name}")
        return recs
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON {e}")
    return recs


def check_ids(recs, letter, name):
    seen = set()
    pat = re.compile(rf"^{PREFIX}-{letter}\d{{3}}$")
    for r in recs:
        rid = r.get("id")
        if not isinstance(rid, str) or not pat.match(rid):
            err(f"{name}: bad id {rid!r}")
        if rid in seen:
            err(f"{name}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{name}: {rid} empty text")


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def main():
    # ---------------- privacy ----------------
    priv = load("privacy.jsonl")
    check_ids(priv, "p", "privacy")
    type_items = collections.Counter()
    type_spans = collections.Counter()
    with_ids = trap_only = with_quasi = 0
    texts = set()
    for r in priv:
        rid, text = r.get("id"), r.get("text", "")
        if text in texts:
            err(f"privacy: {rid} duplicate text")
        texts.add(text)
        if set(r) != {"id", "text", "identifiers", "quasi"}:
            err(f"privacy: {rid} wrong keys {sorted(r)}")
        idents = r.get("identifiers", [])
        quasi = r.get("quasi", [])
        if not isinstance(idents, list) or not isinstance(quasi, list):
            err(f"privacy: {rid} identifiers/quasi must be lists")
            continue
        seen_pairs = set()
        types_here = set()
        for d in idents:
            t, s = d.get("type"), d.get("text")
            if t not in ID_TYPES:
                err(f"privacy: {rid} bad type {t!r}")
            if not isinstance(s, str) or not s:
                err(f"privacy: {rid} empty identifier text")
                continue
            occ = occurrences(text, s)
            if not occ:
                err(f"privacy: {rid} identifier not verbatim: {s!r}")
                continue
            if "occurrence" in d:
                k = d["occurrence"]
                if not isinstance(k, int) or k < 1 or k > len(occ):
                    err(f"privacy: {rid} bad occurrence {k} for {s!r}")
            key = (s, d.get("occurrence"))
            if key in seen_pairs:
                err(f"privacy: {rid} identifier listed twice: {s!r}")
            seen_pairs.add(key)
            for i in occ:  # every occurrence must sit on word boundaries
                before = text[i - 1] if i > 0 else " "
                after = text[i + len(s)] if i + len(s) < len(text) else " "
                if (before.isalnum() and s[0].isalnum()) or (after.isalnum() and s[-1].isalnum()):
                    err(f"privacy: {rid} identifier {s!r} occurs inside a longer word")
            types_here.add(t)
            type_spans[t] += 1
        for t in types_here:
            type_items[t] += 1
        for q in quasi:
            if not isinstance(q, str) or q not in text:
                err(f"privacy: {rid} quasi not verbatim: {q!r}")
        # identifier spans must not overlap each other (except same string)
        spans = []
        for d in idents:
            s = d.get("text") or ""
            for i in occurrences(text, s):
                spans.append((i, i + len(s), s))
        for a in spans:
            for b in spans:
                if a[2] != b[2] and a[0] < b[1] and b[0] < a[1]:
                    err(f"privacy: {rid} overlapping identifiers {a[2]!r} / {b[2]!r}")
        if idents:
            with_ids += 1
        else:
            trap_only += 1
        if quasi:
            with_quasi += 1
    if len(priv) < 260:
        err(f"privacy: only {len(priv)} items (< 260)")
    if with_ids < 150:
        err(f"privacy: only {with_ids} with identifiers (< 150)")
    if trap_only < 100:
        err(f"privacy: only {trap_only} trap-only (< 100)")
    if with_quasi < 15:
        err(f"privacy: only {with_quasi} with quasi (< 15)")
    for t in ID_TYPES:
        need = 5 if t in ("licence_plate", "url", "handle") else 8
        if type_items[t] < need:
            err(f"privacy: type {t} in only {type_items[t]} items (< {need})")

    # ---------------- triage ----------------
    tri = load("triage.jsonl")
    check_ids(tri, "t", "triage")
    dep = collections.Counter()
    age = collections.Counter()
    gen = collections.Counter()
    for r in tri:
        rid = r.get("id")
        if set(r) != {"id", "text", "department", "age_range", "gender"}:
            err(f"triage: {rid} wrong keys")
        if r.get("department") not in DEPTS:
            err(f"triage: {rid} bad department {r.get('department')!r}")
        if r.get("age_range") not in AGES:
            err(f"triage: {rid} bad age_range {r.get('age_range')!r}")
        if r.get("gender") not in GENDERS:
            err(f"triage: {rid} bad gender {r.get('gender')!r}")
        dep[r.get("department")] += 1
        age[r.get("age_range")] += 1
        gen[r.get("gender")] += 1
    if len(tri) != 88:
        err(f"triage: {len(tri)} items (must be exactly 88)")
    for d in DEPTS:
        if dep[d] != 4:
            err(f"triage: department {d} has {dep[d]} items (must be 4)")

    # ---------------- emergency ----------------
    em = load("emergency.jsonl")
    check_ids(em, "e", "emergency")
    kinds = collections.Counter()
    fam_now = collections.Counter()
    fam_non = collections.Counter()
    kind_fam = collections.defaultdict(collections.Counter)
    etexts = set()
    for r in em:
        rid = r.get("id")
        if r.get("text") in etexts:
            err(f"emergency: {rid} duplicate text")
        etexts.add(r.get("text"))
        if set(r) != {"id", "text", "emergency", "kind", "family"}:
            err(f"emergency: {rid} wrong keys")
        e, k, f = r.get("emergency"), r.get("kind"), r.get("family")
        if not isinstance(e, bool):
            err(f"emergency: {rid} emergency not bool")
        if f not in FAMILIES:
            err(f"emergency: {rid} bad family {f!r}")
        if e is True and k != "now":
            err(f"emergency: {rid} emergency true but kind {k!r}")
        if e is False and k not in NON_KINDS:
            err(f"emergency: {rid} non-emergency with bad kind {k!r}")
        kinds[k] += 1
        kind_fam[k][f] += 1
        if e is True:
            fam_now[f] += 1
        else:
            fam_non[f] += 1
    n_now = sum(fam_now.values())
    n_non = sum(fam_non.values())
    if n_now < 120:
        err(f"emergency: only {n_now} emergencies (< 120)")
    if n_non < 200:
        err(f"emergency: only {n_non} non-emergencies (< 200)")
    for f in FAMILIES:
        if fam_now[f] < 4:
            err(f"emergency: family {f} has {fam_now[f]} emergencies (< 4)")
    for k in NON_KINDS:
        if kinds[k] < 15:
            err(f"emergency: kind {k} has {kinds[k]} items (< 15)")
        if len(kind_fam[k]) < 5:
            err(f"emergency: kind {k} spread over only {len(kind_fam[k])} families")

    # ---------------- report ----------------
    print("== privacy: items per identifier type (items / spans) ==")
    for t in ID_TYPES:
        print(f"  {t:15s} {type_items[t]:4d} / {type_spans[t]:4d}")
    print("== triage: department ==")
    for d in DEPTS:
        print(f"  {d:22s} {dep[d]}")
    print("== triage: age_range ==")
    for a in AGES:
        print(f"  {a:6s} {age[a]}")
    print("== triage: gender ==")
    for g in GENDERS:
        print(f"  {g:12s} {gen[g]}")
    print("== emergency: kind ==")
    for k in ["now"] + NON_KINDS:
        print(f"  {k:24s} {kinds[k]:4d}  families={len(kind_fam[k])}")
    print("== emergency: family (now / non) ==")
    for f in FAMILIES:
        print(f"  {f:26s} {fam_now[f]:3d} / {fam_non[f]:3d}")
    print(f"errors: {len(errors)}")
    for e in errors:
        print("  ERROR:", e)
    print(f"SUMMARY: privacy {len(priv)} ({with_ids} with identifiers, {trap_only} trap-only, {with_quasi} with quasi); "
          f"triage {len(tri)}; emergency {len(em)} ({n_now} now, {n_non} non)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
