"""Collect the hand-written items, shuffle with fixed seeds, assign ids, write JSONL files.
Writer 49, prefix al. Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e  # noqa: E402
import triage_a, triage_b  # noqa: E402
import em_now_a, em_now_b, em_now_c, em_non_a, em_non_b, em_non_c, em_extra  # noqa: E402

PREFIX = "al"
SEEDS = {"privacy": 4901, "triage": 4902, "emergency": 4903}


def dedupe_identifiers(ids):
    seen = set()
    out = []
    for typ, text in ids:
        if (typ, text) in seen:
            continue
        seen.add((typ, text))
        out.append({"type": typ, "text": text})
    return out


def build_privacy():
    rows = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d, privacy_e):
        for text, ids, quasi in mod.ITEMS:
            rows.append({"text": text, "identifiers": dedupe_identifiers(ids), "quasi": list(quasi)})
    return rows


def build_triage():
    rows = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            rows.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return rows


def build_emergency():
    rows = []
    for mod in (em_now_a, em_now_b, em_now_c, em_non_a, em_non_b, em_non_c, em_extra):
        for text, emerg, kind, family in mod.ITEMS:
            rows.append({"text": text, "emergency": emerg, "kind": kind, "family": family})
    return rows


def write(name, letter, rows, seed):
    rnd = random.Random(seed)
    rnd.shuffle(rows)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, row in enumerate(rows, 1):
            obj = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            obj.update(row)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(rows)))


if __name__ == "__main__":
    write("privacy", "p", build_privacy(), SEEDS["privacy"])
    write("triage", "t", build_triage(), SEEDS["triage"])
    write("emergency", "e", build_emergency(), SEEDS["emergency"])
