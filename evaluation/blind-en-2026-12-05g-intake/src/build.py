"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
import json
import os
import random

import emergency_items
import privacy_items
import triage_items

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(privacy_items.ITEMS)
    random.Random(9101).shuffle(p)
    rows = []
    for i, (text, ids, quasi) in enumerate(p, 1):
        rows.append({
            "id": "m-p%03d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    write("privacy.jsonl", rows)

    t = list(triage_items.ITEMS)
    random.Random(9202).shuffle(t)
    rows = []
    for i, (text, age, gender, dept) in enumerate(t, 1):
        rows.append({"id": "m-t%03d" % i, "text": text, "age_range": age,
                     "gender": gender, "department": dept})
    write("triage.jsonl", rows)

    e = list(emergency_items.ITEMS)
    random.Random(9303).shuffle(e)
    rows = []
    for i, (text, em, fam, kind) in enumerate(e, 1):
        rows.append({"id": "m-e%03d" % i, "text": text, "emergency": em,
                     "family": fam, "kind": kind})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
