#!/usr/bin/env python3
"""Build step: only shuffles (fixed seeds), assigns ids and writes JSONL.
No text is generated or altered here; all texts come verbatim from the *_items.py files."""
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
    items = list(privacy_items.ITEMS)
    random.Random(1501).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        rows.append({
            "id": "q-p%04d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    # triage
    items = list(triage_items.ITEMS)
    random.Random(1502).shuffle(items)
    rows = []
    for i, (text, age, gender, dept) in enumerate(items, 1):
        rows.append({
            "id": "q-t%04d" % i,
            "text": text,
            "age_range": age,
            "gender": gender,
            "department": dept,
        })
    write(os.path.join(OUT, "triage.jsonl"), rows)

    # emergency
    items = list(emergency_items.ITEMS)
    random.Random(1503).shuffle(items)
    rows = []
    for i, (text, emerg, family, kind) in enumerate(items, 1):
        rows.append({
            "id": "q-e%04d" % i,
            "text": text,
            "emergency": emerg,
            "family": family,
            "kind": kind,
        })
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    main()
