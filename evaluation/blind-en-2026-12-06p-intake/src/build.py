#!/usr/bin/env python3
"""Shuffle the hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_items
import triage_items
import emergency_items


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = list(privacy_items.WITH_IDS) + list(privacy_items.NO_IDS)
    random.Random(1701).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        rows.append({
            "id": "q-p%03d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for (t, s) in ids],
            "quasi": list(quasi),
        })
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    # triage
    items = list(triage_items.TRIAGE)
    random.Random(1702).shuffle(items)
    rows = []
    for i, (text, dept, age, gender) in enumerate(items, 1):
        rows.append({"id": "q-t%03d" % i, "text": text, "department": dept,
                     "age_range": age, "gender": gender})
    write(os.path.join(OUT, "triage.jsonl"), rows)

    # emergency
    items = list(emergency_items.NOW) + list(emergency_items.NOT_NOW)
    random.Random(1703).shuffle(items)
    rows = []
    for i, (text, emerg, kind, family) in enumerate(items, 1):
        rows.append({"id": "q-e%03d" % i, "text": text, "emergency": emerg,
                     "kind": kind, "family": family})
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    main()
