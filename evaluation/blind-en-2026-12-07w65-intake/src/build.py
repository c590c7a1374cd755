#!/usr/bin/env python3
"""Build the writer-65 blind test set from the hand-written src files.

Privacy, triage and emergency items are collected from their src files in a fixed
order, each file's items are shuffled with a fixed seed (6501 privacy, 6502 triage,
6503 emergency) and ids are then assigned in order.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "bb"
SEEDS = {"privacy": 6501, "triage": 6502, "emergency": 6503}

PRIVACY_FILES = ["privacy_a", "privacy_b", "privacy_c", "privacy_d", "privacy_e"]
TRIAGE_FILES = ["triage_a", "triage_b"]
EMERGENCY_FILES = ["emergency_now_a", "emergency_now_b", "emergency_now_c",
                   "emergency_non_a", "emergency_non_b", "emergency_non_c",
                   "emergency_non_d", "emergency_non_e"]


def load(names, seed):
    rng = random.Random(seed)
    out = []
    for name in names:
        items = list(importlib.import_module(name).ITEMS)
        rng.shuffle(items)
        out.extend(items)
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows = []
    for i, (text, ids, quasi) in enumerate(load(PRIVACY_FILES, SEEDS["privacy"]), 1):
        seen = []
        idents = []
        for t, s in ids:
            if (t, s) not in seen:
                seen.append((t, s))
                idents.append({"type": t, "text": s})
        rows.append({"id": f"{PREFIX}-p{i:03d}", "text": text,
                     "identifiers": idents, "quasi": list(quasi)})
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    rows = []
    for i, (text, dept, age, gender) in enumerate(load(TRIAGE_FILES, SEEDS["triage"]), 1):
        rows.append({"id": f"{PREFIX}-t{i:03d}", "text": text, "department": dept,
                     "age_range": age, "gender": gender})
    write(os.path.join(OUT, "triage.jsonl"), rows)

    rows = []
    for i, (text, kind, family) in enumerate(load(EMERGENCY_FILES, SEEDS["emergency"]), 1):
        rows.append({"id": f"{PREFIX}-e{i:03d}", "text": text, "emergency": kind == "now",
                     "kind": kind, "family": family})
    write(os.path.join(OUT, "emergency.jsonl"), rows)
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl to", OUT)


if __name__ == "__main__":
    main()
