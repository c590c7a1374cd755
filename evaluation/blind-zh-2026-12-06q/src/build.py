#!/usr/bin/env python3
"""Shuffle the hand-written items with fixed seeds, assign ids, write JSONL. Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from privacy_items import WITH_IDENTIFIERS, ONLY_TRAPS  # noqa: E402
from triage_items import TRIAGE  # noqa: E402
from emergency_items import EMERGENCY  # noqa: E402


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    privacy = [(t, ids) for t, ids in WITH_IDENTIFIERS] + [(t, ids) for t, ids in ONLY_TRAPS]
    random.Random(1801).shuffle(privacy)
    write("privacy.jsonl", [
        {"id": "qz-p-%04d" % (i + 1), "text": t,
         "identifiers": [{"type": ty, "value": v} for ty, v in ids]}
        for i, (t, ids) in enumerate(privacy)])

    triage = list(TRIAGE)
    random.Random(1802).shuffle(triage)
    write("triage.jsonl", [
        {"id": "qz-t-%04d" % (i + 1), "text": t, "department": d, "age_range": a, "gender": g}
        for i, (t, d, a, g) in enumerate(triage)])

    emergency = list(EMERGENCY)
    random.Random(1803).shuffle(emergency)
    write("emergency.jsonl", [
        {"id": "qz-e-%04d" % (i + 1), "text": t, "emergency": e, "kind": k, "family": fam}
        for i, (t, e, k, fam) in enumerate(emergency)])


if __name__ == "__main__":
    main()
