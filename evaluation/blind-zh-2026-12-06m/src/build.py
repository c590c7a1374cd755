# -*- coding: utf-8 -*-
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
    p = list(privacy_items.ITEMS)
    random.Random(1401).shuffle(p)
    write("privacy.jsonl", [
        {"id": "qz-p%03d" % (i + 1), "text": t,
         "identifiers": [{"type": ty, "text": sp} for ty, sp in ids]}
        for i, (t, ids) in enumerate(p)])

    t = list(triage_items.ITEMS)
    random.Random(1402).shuffle(t)
    write("triage.jsonl", [
        {"id": "qz-t%03d" % (i + 1), "text": tx, "age_range": a, "gender": g, "department": d}
        for i, (tx, a, g, d) in enumerate(t)])

    e = list(emergency_items.ITEMS)
    random.Random(1403).shuffle(e)
    write("emergency.jsonl", [
        {"id": "qz-e%03d" % (i + 1), "text": tx, "emergency": em, "family": fa, "kind": k}
        for i, (tx, em, fa, k) in enumerate(e)])


if __name__ == "__main__":
    main()
