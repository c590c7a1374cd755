"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. Nothing is generated."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import emergency_items  # noqa: E402
import privacy_items  # noqa: E402
import triage_items  # noqa: E402


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(privacy_items.ITEMS)
    random.Random(7101).shuffle(p)
    rows = []
    for i, (text, ids, quasi) in enumerate(p, 1):
        rows.append({"id": f"j-p{i:03d}", "text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids],
                     "quasi": list(quasi)})
    write("privacy.jsonl", rows)

    t = list(triage_items.ITEMS)
    random.Random(7202).shuffle(t)
    rows = [{"id": f"j-t{i:03d}", "text": text, "age_range": a, "gender": g, "department": d}
            for i, (text, a, g, d) in enumerate(t, 1)]
    write("triage.jsonl", rows)

    e = list(emergency_items.ITEMS)
    random.Random(7303).shuffle(e)
    rows = [{"id": f"j-e{i:03d}", "text": text, "emergency": em, "family": fam, "kind": k}
            for i, (text, em, fam, k) in enumerate(e, 1)]
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
