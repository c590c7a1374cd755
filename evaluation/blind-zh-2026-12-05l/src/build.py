# -*- coding: utf-8 -*-
"""Shuffle (fixed seeds), assign ids, write JSONL. No text is generated here."""
import json
import os
import random

from privacy_items import PRIVACY_ITEMS
from triage_items import TRIAGE_ITEMS
from emergency_items import EMERGENCY_ITEMS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(PRIVACY_ITEMS)
    random.Random(1301).shuffle(p)
    write("privacy.jsonl", [
        {"id": "qz-p-%04d" % (i + 1), "text": t,
         "identifiers": [{"type": ty, "text": s} for ty, s in ids]}
        for i, (t, ids) in enumerate(p)])

    t = list(TRIAGE_ITEMS)
    random.Random(1302).shuffle(t)
    write("triage.jsonl", [
        {"id": "qz-t-%04d" % (i + 1), "text": x, "age_range": a, "gender": g, "department": d}
        for i, (x, a, g, d) in enumerate(t)])

    e = list(EMERGENCY_ITEMS)
    random.Random(1303).shuffle(e)
    write("emergency.jsonl", [
        {"id": "qz-e-%04d" % (i + 1), "text": x, "emergency": em, "family": fa, "kind": k}
        for i, (x, em, fa, k) in enumerate(e)])


if __name__ == "__main__":
    main()
