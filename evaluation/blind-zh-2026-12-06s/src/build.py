# -*- coding: utf-8 -*-
"""Shuffle the hand-written items with fixed seeds, assign ids, write JSONL. Nothing else."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from privacy_items import PRIVACY
from triage_items import TRIAGE
from emergency_items import EMERGENCY


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(PRIVACY)
    random.Random(2001).shuffle(p)
    rows = []
    for i, (text, ids) in enumerate(p, 1):
        rows.append({"id": "qz-p-%04d" % i, "text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids]})
    write("privacy.jsonl", rows)

    t = list(TRIAGE)
    random.Random(2002).shuffle(t)
    rows = []
    for i, (text, dept, age, gender) in enumerate(t, 1):
        rows.append({"id": "qz-t-%04d" % i, "text": text, "department": dept,
                     "age_range": age, "gender": gender})
    write("triage.jsonl", rows)

    e = list(EMERGENCY)
    random.Random(2003).shuffle(e)
    rows = []
    for i, (text, em, kind, fam) in enumerate(e, 1):
        rows.append({"id": "qz-e-%04d" % i, "text": text, "emergency": em,
                     "kind": kind, "family": fam})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
