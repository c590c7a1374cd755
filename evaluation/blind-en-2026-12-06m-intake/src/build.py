"""Shuffle the hand-written items (fixed seeds), assign ids and write JSONL.

No text is generated or altered here; this script only orders, numbers and serialises.
"""
import json
import os
import random

import privacy_items
import triage_items
import emergency_items

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def build_privacy():
    items = list(privacy_items.ITEMS_WITH_IDENTIFIERS) + list(privacy_items.ITEMS_WITHOUT_IDENTIFIERS)
    random.Random(1401).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        rows.append({
            "id": "q-p-%04d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    write_jsonl(os.path.join(OUT, "privacy.jsonl"), rows)
    return len(rows)


def build_triage():
    items = list(triage_items.ITEMS)
    random.Random(1402).shuffle(items)
    rows = []
    for i, (text, age, gender, dept) in enumerate(items, 1):
        rows.append({
            "id": "q-t-%04d" % i,
            "text": text,
            "age_range": age,
            "gender": gender,
            "department": dept,
        })
    write_jsonl(os.path.join(OUT, "triage.jsonl"), rows)
    return len(rows)


def build_emergency():
    items = list(emergency_items.EMERGENCIES) + list(emergency_items.NON_EMERGENCIES)
    random.Random(1403).shuffle(items)
    rows = []
    for i, (text, emerg, family, kind) in enumerate(items, 1):
        rows.append({
            "id": "q-e-%04d" % i,
            "text": text,
            "emergency": emerg,
            "family": family,
            "kind": kind,
        })
    write_jsonl(os.path.join(OUT, "emergency.jsonl"), rows)
    return len(rows)


if __name__ == "__main__":
    print("privacy.jsonl", build_privacy())
    print("triage.jsonl", build_triage())
    print("emergency.jsonl", build_emergency())
