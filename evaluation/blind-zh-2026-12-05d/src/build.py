# -*- coding: utf-8 -*-
"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
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
    items = [(t, ids) for t, ids in privacy_items.WITH_IDS] + [(t, []) for t in privacy_items.NO_IDS]
    random.Random(20241205).shuffle(items)
    rows = []
    for i, (t, ids) in enumerate(items, 1):
        rows.append({"id": "iz-p%03d" % i, "text": t,
                     "identifiers": [{"type": ty, "text": s} for ty, s in ids]})
    write("privacy.jsonl", rows)

    # triage
    items = list(triage_items.ITEMS)
    random.Random(20241206).shuffle(items)
    rows = []
    for i, (t, age, gender, dept) in enumerate(items, 1):
        rows.append({"id": "iz-t%03d" % i, "text": t, "age_range": age,
                     "gender": gender, "department": dept})
    write("triage.jsonl", rows)

    # emergency
    items = list(emergency_items.ITEMS)
    random.Random(20241207).shuffle(items)
    rows = []
    for i, (t, em, fam, kind) in enumerate(items, 1):
        rows.append({"id": "iz-e%03d" % i, "text": t, "emergency": em,
                     "family": fam, "kind": kind})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
