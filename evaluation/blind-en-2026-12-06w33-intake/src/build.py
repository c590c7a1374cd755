#!/usr/bin/env python3
"""Build the JSONL files from the hand-written literals (shuffled with fixed seeds)."""
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

PREFIX = "u"


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    rows = []
    for text, ids, quasi in privacy_items.WITH_IDS:
        rows.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids],
                     "quasi": list(quasi)})
    for text in privacy_items.TRAP_ONLY:
        rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(3301).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-p{i:03d}", **r})
    write(os.path.join(OUT, "privacy.jsonl"), out)

    # triage
    rows = [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in triage_items.TRIAGE]
    random.Random(3302).shuffle(rows)
    out = [{"id": f"{PREFIX}-t{i:03d}", **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "triage.jsonl"), out)

    # emergency
    rows = [{"text": t, "emergency": True, "kind": "now", "family": f}
            for t, f in emergency_items.NOW]
    rows += [{"text": t, "emergency": False, "kind": k, "family": f}
             for t, k, f in emergency_items.NON]
    random.Random(3303).shuffle(rows)
    out = [{"id": f"{PREFIX}-e{i:03d}", **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "emergency.jsonl"), out)
    print("built")


if __name__ == "__main__":
    main()
