"""Shuffle the hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
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


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    rows = []
    for text, ids, quasi in privacy_items.WITH_IDS:
        rows.append({"text": text,
                     "identifiers": [{"type": t, "text": x} for t, x in ids],
                     "quasi": list(quasi)})
    for text in privacy_items.NO_IDS:
        rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(2301).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "q-p%03d" % i, **r})
    write(os.path.join(OUT, "privacy.jsonl"), out)

    # triage
    rows = [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in triage_items.ITEMS]
    random.Random(2302).shuffle(rows)
    out = [{"id": "q-t%03d" % i, **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "triage.jsonl"), out)

    # emergency
    rows = [{"text": t, "emergency": e, "kind": k, "family": f}
            for t, e, k, f in emergency_items.ITEMS]
    random.Random(2303).shuffle(rows)
    out = [{"id": "q-e%03d" % i, **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "emergency.jsonl"), out)


if __name__ == "__main__":
    main()
