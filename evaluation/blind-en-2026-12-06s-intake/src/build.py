"""Shuffle hand-written items with fixed seeds, assign ids, write JSONL. Nothing else."""
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
    for text, ids, quasi in privacy_items.WITH_IDENTIFIERS:
        rows.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids],
                     "quasi": list(quasi)})
    for text in privacy_items.NO_IDENTIFIERS:
        rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(2001).shuffle(rows)
    rows = [dict({"id": "q-p%03d" % (i + 1)}, **r) for i, r in enumerate(rows)]
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    # triage
    rows = [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in triage_items.TRIAGE]
    random.Random(2002).shuffle(rows)
    rows = [dict({"id": "q-t%03d" % (i + 1)}, **r) for i, r in enumerate(rows)]
    write(os.path.join(OUT, "triage.jsonl"), rows)

    # emergency
    rows = [{"text": t, "emergency": k == "now", "kind": k, "family": f}
            for t, k, f in emergency_items.NOW + emergency_items.NON_EMERGENCY]
    random.Random(2003).shuffle(rows)
    rows = [dict({"id": "q-e%03d" % (i + 1)}, **r) for i, r in enumerate(rows)]
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    main()
