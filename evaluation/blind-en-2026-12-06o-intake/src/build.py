#!/usr/bin/env python3
"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. Standard library only."""
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


def build_privacy():
    items = list(privacy_items.ITEMS_WITH_IDS) + list(privacy_items.ITEMS_NO_IDS)
    random.Random(1601).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        rows.append({
            "id": "q-p%03d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    write(os.path.join(OUT, "privacy.jsonl"), rows)


def build_triage():
    items = list(triage_items.ITEMS)
    random.Random(1602).shuffle(items)
    rows = []
    for i, (text, age, gender, dept) in enumerate(items, 1):
        rows.append({"id": "q-t%03d" % i, "text": text, "age_range": age,
                     "gender": gender, "department": dept})
    write(os.path.join(OUT, "triage.jsonl"), rows)


def build_emergency():
    items = list(emergency_items.EMERGENCIES) + list(emergency_items.NON_EMERGENCIES)
    random.Random(1603).shuffle(items)
    rows = []
    for i, (text, em, family, kind) in enumerate(items, 1):
        rows.append({"id": "q-e%03d" % i, "text": text, "emergency": em,
                     "family": family, "kind": kind})
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    build_privacy()
    build_triage()
    build_emergency()
    print("written to", OUT)
