"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
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


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = privacy_items.P1 + privacy_items.P2 + privacy_items.P3 + privacy_items.P0
    random.Random(1101).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        rows.append({
            "id": "i-p%03d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    write("privacy.jsonl", rows)

    # triage
    items = list(triage_items.T)
    random.Random(2202).shuffle(items)
    rows = []
    for i, (text, age, gender, dept) in enumerate(items, 1):
        rows.append({"id": "i-t%03d" % i, "text": text, "age_range": age,
                     "gender": gender, "department": dept})
    write("triage.jsonl", rows)

    # emergency
    items = emergency_items.E_NOW + emergency_items.E_NOW_EXTRA + emergency_items.E_NOT
    random.Random(3303).shuffle(items)
    rows = []
    for i, (text, emer, fam, kind) in enumerate(items, 1):
        rows.append({"id": "i-e%03d" % i, "text": text, "emergency": emer,
                     "family": fam, "kind": kind})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
