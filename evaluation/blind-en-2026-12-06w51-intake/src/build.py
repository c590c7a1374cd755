"""Collect hand-written items, shuffle with fixed seeds, assign ids, write JSONL files.

Standard library only. Run from anywhere: python3 src/build.py
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "an"
SEEDS = {"privacy": 5101, "triage": 5102, "emergency": 5103}

PRIVACY_MODULES = ["privacy_a", "privacy_b", "privacy_c", "privacy_d", "privacy_e", "privacy_f", "privacy_g"]
TRIAGE_MODULES = ["triage_a", "triage_b"]
EMERGENCY_MODULES = ["emerg_now_a", "emerg_now_b", "emerg_now_c",
                     "emerg_non_a", "emerg_non_b", "emerg_non_c", "emerg_non_d", "emerg_non_e"]


def load(mods):
    items = []
    for m in mods:
        mod = importlib.import_module(m)
        items.extend(mod.ITEMS)
    return items


def privacy_rows():
    rows = []
    for it in load(PRIVACY_MODULES):
        text, ids, quasi = it
        seen = []
        for t, s in ids:
            if (t, s) not in seen:
                seen.append((t, s))
        rows.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in seen],
                     "quasi": list(quasi)})
    return rows


def triage_rows():
    rows = []
    for text, dept, age, gender in load(TRIAGE_MODULES):
        rows.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return rows


def emergency_rows():
    rows = []
    for text, kind, family in load(EMERGENCY_MODULES):
        rows.append({"text": text, "emergency": kind == "now", "kind": kind, "family": family})
    return rows


def write(name, letter, rows, seed):
    random.Random(seed).shuffle(rows)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            obj.update(r)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(rows)))


def main():
    write("privacy", "p", privacy_rows(), SEEDS["privacy"])
    write("triage", "t", triage_rows(), SEEDS["triage"])
    write("emergency", "e", emergency_rows(), SEEDS["emergency"])


if __name__ == "__main__":
    main()
