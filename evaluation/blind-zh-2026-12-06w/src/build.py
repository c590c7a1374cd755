# -*- coding: utf-8 -*-
"""Shuffle the hand-written items with fixed seeds, assign ids, write JSONL. Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_items  # noqa: E402
import triage_items  # noqa: E402
import emergency_items  # noqa: E402


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = list(privacy_items.WITH_IDS) + list(privacy_items.TRAPS_ONLY)
    random.Random(2401).shuffle(items)
    rows = []
    for i, (text, ids) in enumerate(items, 1):
        rows.append({
            "id": "qz-p-%04d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
        })
    write("privacy.jsonl", rows)

    # triage
    items = list(triage_items.ITEMS)
    random.Random(2402).shuffle(items)
    rows = []
    for i, (text, dept, age, gender) in enumerate(items, 1):
        rows.append({
            "id": "qz-t-%04d" % i,
            "text": text,
            "department": dept,
            "age_range": age,
            "gender": gender,
        })
    write("triage.jsonl", rows)

    # emergency
    items = list(emergency_items.NOW) + list(emergency_items.NOT_NOW)
    random.Random(2403).shuffle(items)
    rows = []
    for i, (text, emerg, kind, family) in enumerate(items, 1):
        rows.append({
            "id": "qz-e-%04d" % i,
            "text": text,
            "emergency": emerg,
            "kind": kind,
            "family": family,
        })
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
