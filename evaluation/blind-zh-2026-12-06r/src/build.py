"""Shuffle the hand-written items with fixed seeds, assign ids and write JSONL.

Only shuffles, assigns ids and writes; no text is generated here.
Seeds: privacy 1901, triage 1902, emergency 1903.
"""
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
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} -> {path}")


def main():
    p = list(privacy_items.ITEMS)
    random.Random(1901).shuffle(p)
    write("privacy.jsonl", [
        {"id": f"qz-p-{i:04d}", "text": text,
         "identifiers": [{"type": t, "text": s} for t, s in ids]}
        for i, (text, ids) in enumerate(p, 1)
    ])

    t = list(triage_items.ITEMS)
    random.Random(1902).shuffle(t)
    write("triage.jsonl", [
        {"id": f"qz-t-{i:04d}", "text": text, "department": dept,
         "age_range": age, "gender": gender}
        for i, (text, dept, age, gender) in enumerate(t, 1)
    ])

    e = list(emergency_items.ITEMS)
    random.Random(1903).shuffle(e)
    write("emergency.jsonl", [
        {"id": f"qz-e-{i:04d}", "text": text, "emergency": em,
         "kind": kind, "family": fam}
        for i, (text, em, kind, fam) in enumerate(e, 1)
    ])


if __name__ == "__main__":
    main()
