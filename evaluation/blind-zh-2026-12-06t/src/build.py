#!/usr/bin/env python3
"""Shuffle the hand-written items with fixed seeds, assign ids and write JSONL. Standard library only."""
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
    rows = []
    for text, ids in privacy_items.WITH_IDENTIFIERS:
        rows.append({"text": text, "identifiers": [{"type": t, "text": s} for t, s in ids]})
    for text in privacy_items.TRAPS_ONLY:
        rows.append({"text": text, "identifiers": []})
    random.Random(2101).shuffle(rows)
    write("privacy.jsonl", [{"id": "qz-p-%04d" % (i + 1), **r} for i, r in enumerate(rows)])

    # triage
    rows = [{"text": t, "department": d, "age_range": a, "gender": g} for t, d, a, g in triage_items.ITEMS]
    random.Random(2102).shuffle(rows)
    write("triage.jsonl", [{"id": "qz-t-%04d" % (i + 1), **r} for i, r in enumerate(rows)])

    # emergency
    rows = [{"text": t, "emergency": e, "kind": k, "family": f}
            for t, e, k, f in emergency_items.NOW + emergency_items.NOT_NOW]
    random.Random(2103).shuffle(rows)
    write("emergency.jsonl", [{"id": "qz-e-%04d" % (i + 1), **r} for i, r in enumerate(rows)])


if __name__ == "__main__":
    main()
