# -*- coding: utf-8 -*-
"""Shuffle (fixed seeds), assign ids, write JSONL. No text is generated here."""
import json
import os
import random

import privacy_items
import triage_items
import emergency_items

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(privacy_items.ITEMS)
    random.Random(1601).shuffle(p)
    rows = []
    for i, (text, ids) in enumerate(p, 1):
        rows.append({"id": "qz-p-%04d" % i, "text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids]})
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    t = list(triage_items.ITEMS)
    random.Random(1602).shuffle(t)
    rows = []
    for i, (text, age, gender, dept) in enumerate(t, 1):
        rows.append({"id": "qz-t-%04d" % i, "text": text, "age_range": age,
                     "gender": gender, "department": dept})
    write(os.path.join(OUT, "triage.jsonl"), rows)

    e = list(emergency_items.ITEMS)
    random.Random(1603).shuffle(e)
    rows = []
    for i, (text, em, fam, kind) in enumerate(e, 1):
        rows.append({"id": "qz-e-%04d" % i, "text": text, "emergency": em,
                     "family": fam, "kind": kind})
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    main()
