"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. No text is generated here."""
import json
import os
import random

from privacy_items_a import ITEMS_A
from privacy_items_b import ITEMS_B
from triage_items import ITEMS as TRIAGE
from emergency_items_true import ITEMS_TRUE
from emergency_items_false import ITEMS_FALSE

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    priv = [(t, ids) for t, ids in ITEMS_A] + [(t, []) for t in ITEMS_B]
    random.Random(801).shuffle(priv)
    rows = []
    for i, (t, ids) in enumerate(priv, 1):
        rows.append({"id": f"kz-p{i:03d}", "text": t,
                     "identifiers": [{"type": ty, "text": s} for ty, s in ids]})
    write("privacy.jsonl", rows)

    tri = list(TRIAGE)
    random.Random(802).shuffle(tri)
    rows = [{"id": f"kz-t{i:03d}", "text": t, "age_range": a, "gender": g, "department": d}
            for i, (t, a, g, d) in enumerate(tri, 1)]
    write("triage.jsonl", rows)

    em = list(ITEMS_TRUE) + list(ITEMS_FALSE)
    random.Random(803).shuffle(em)
    rows = [{"id": f"kz-e{i:03d}", "text": t, "emergency": e, "family": f, "kind": k}
            for i, (t, e, f, k) in enumerate(em, 1)]
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    main()
