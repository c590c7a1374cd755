#!/usr/bin/env python3
"""Build the JSONL files from the hand-written item lists.
Only shuffles (fixed seeds), assigns ids and writes JSONL (ensure_ascii=False)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_items    # noqa: E402
import triage_items     # noqa: E402
import emergency_items  # noqa: E402


def write(name, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {path}")


def main():
    p = list(privacy_items.ITEMS)
    random.Random(1501).shuffle(p)
    rows = []
    for i, (text, ids) in enumerate(p, 1):
        rows.append({"id": f"qz-p-{i:04d}", "text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids]})
    write("privacy.jsonl", rows)

    t = list(triage_items.ITEMS)
    random.Random(1502).shuffle(t)
    rows = []
    for i, (text, age, gender, dept) in enumerate(t, 1):
        rows.append({"id": f"qz-t-{i:04d}", "text": text, "age_range": age,
                     "gender": gender, "department": dept})
    write("triage.jsonl", rows)

    e = list(emergency_items.ITEMS)
    random.Random(1503).shuffle(e)
    rows = []
    for i, (text, emg, fam, kind) in enumerate(e, 1):
        rows.append({"id": f"qz-e-{i:04d}", "text": text, "emergency": emg,
                     "family": fam, "kind": kind})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
