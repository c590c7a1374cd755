"""Shuffle the hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
import json
import os
import random

import emergency_items
import privacy_items_a
import privacy_items_b
import privacy_items_c
import triage_items

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = [(t, ids) for t, ids in privacy_items_a.ITEMS_A] + [(t, []) for t in privacy_items_b.ITEMS_B] + list(privacy_items_c.ITEMS_C)
    random.Random(7101).shuffle(items)
    rows = []
    for i, (t, ids) in enumerate(items, 1):
        rows.append({"id": "jz-p%03d" % i, "text": t,
                     "identifiers": [{"type": ty, "text": sp} for ty, sp in ids]})
    write("privacy.jsonl", rows)

    # triage
    items = list(triage_items.ITEMS)
    random.Random(7102).shuffle(items)
    rows = []
    for i, (t, age, gender, dept) in enumerate(items, 1):
        rows.append({"id": "jz-t%03d" % i, "text": t, "age_range": age,
                     "gender": gender, "department": dept})
    write("triage.jsonl", rows)

    # emergency
    items = list(emergency_items.ITEMS)
    random.Random(7103).shuffle(items)
    rows = []
    for i, (t, em, fam, kind) in enumerate(items, 1):
        rows.append({"id": "jz-e%03d" % i, "text": t, "emergency": em,
                     "family": fam, "kind": kind})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
