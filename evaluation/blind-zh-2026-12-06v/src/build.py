# -*- coding: utf-8 -*-
"""Shuffle the hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
import json
import os
import random

import emergency_items
import privacy_items
import triage_items

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    p = [(t, ids) for t, ids in privacy_items.WITH_IDS] + [(t, []) for t in privacy_items.TRAPS_ONLY]
    random.Random(2301).shuffle(p)
    rows = []
    for i, (t, ids) in enumerate(p, 1):
        rows.append({"id": "qz-p-%04d" % i, "text": t,
                     "identifiers": [{"type": ty, "text": s} for ty, s in ids]})
    write("privacy.jsonl", rows)

    # triage
    tr = list(triage_items.ITEMS)
    random.Random(2302).shuffle(tr)
    rows = []
    for i, (t, dep, age, gen) in enumerate(tr, 1):
        rows.append({"id": "qz-t-%04d" % i, "text": t, "department": dep,
                     "age_range": age, "gender": gen})
    write("triage.jsonl", rows)

    # emergency
    em = list(emergency_items.NOW) + list(emergency_items.NOT_NOW)
    random.Random(2303).shuffle(em)
    rows = []
    for i, (t, e, kind, fam) in enumerate(em, 1):
        rows.append({"id": "qz-e-%04d" % i, "text": t, "emergency": e,
                     "kind": kind, "family": fam})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
