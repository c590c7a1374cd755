"""Shuffle the hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
import json
import os
import random

import emergency_items
import privacy_items
import triage_items

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    priv = [(t, ids, q) for (t, ids, q) in privacy_items.WITH_IDS] + [(t, [], []) for t in privacy_items.NO_IDS]
    random.Random(2101).shuffle(priv)
    rows = []
    for i, (t, ids, q) in enumerate(priv, 1):
        rows.append({"id": "q-p%03d" % i, "text": t,
                     "identifiers": [{"type": ty, "text": s} for ty, s in ids],
                     "quasi": list(q)})
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    tri = list(triage_items.ITEMS)
    random.Random(2102).shuffle(tri)
    rows = []
    for i, (t, d, a, g) in enumerate(tri, 1):
        rows.append({"id": "q-t%03d" % i, "text": t, "department": d, "age_range": a, "gender": g})
    write(os.path.join(OUT, "triage.jsonl"), rows)

    em = list(emergency_items.NOW) + list(emergency_items.NOT_NOW)
    random.Random(2103).shuffle(em)
    rows = []
    for i, (t, e, k, fam) in enumerate(em, 1):
        rows.append({"id": "q-e%03d" % i, "text": t, "emergency": e, "kind": k, "family": fam})
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    main()
