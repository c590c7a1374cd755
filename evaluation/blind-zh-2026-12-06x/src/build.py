# -*- coding: utf-8 -*-
"""Shuffle the hand-written items with fixed seeds, assign ids, write JSONL. Nothing else."""
import json
import os
import random

from privacy_items import PRIVACY_WITH_IDS, PRIVACY_TRAPS
from triage_items import TRIAGE
from emergency_items import EMERGENCY_NOW, EMERGENCY_NOT

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    priv = [(t, ids) for t, ids in PRIVACY_WITH_IDS] + [(t, []) for t in PRIVACY_TRAPS]
    random.Random(2501).shuffle(priv)
    write("privacy.jsonl", [
        {"id": "qz-p-%04d" % (i + 1), "text": t,
         "identifiers": [{"type": ty, "text": sp} for ty, sp in ids]}
        for i, (t, ids) in enumerate(priv)])

    tri = list(TRIAGE)
    random.Random(2502).shuffle(tri)
    write("triage.jsonl", [
        {"id": "qz-t-%04d" % (i + 1), "text": t, "department": d,
         "age_range": a, "gender": g}
        for i, (t, d, a, g) in enumerate(tri)])

    emg = list(EMERGENCY_NOW) + list(EMERGENCY_NOT)
    random.Random(2503).shuffle(emg)
    write("emergency.jsonl", [
        {"id": "qz-e-%04d" % (i + 1), "text": t, "emergency": e,
         "kind": k, "family": f}
        for i, (t, e, k, f) in enumerate(emg)])


if __name__ == "__main__":
    main()
