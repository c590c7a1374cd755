"""Build JSONL files from the hand-written item lists.
Only shuffles (fixed seeds), assigns ids and writes JSONL."""
import json
import os
import random

from privacy_items_traps import TRAP_ITEMS
from privacy_items_ids_a import IDS_A
from privacy_items_ids_b import IDS_B
from triage_items import TRIAGE_ITEMS
from emergency_items_now import NOW_ITEMS
from emergency_items_hard import HARD_ITEMS

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def dedupe_ids(ids):
    seen, out = set(), []
    for t, s in ids:
        if (t, s) not in seen:
            seen.add((t, s))
            out.append({"type": t, "text": s})
    return out


def main():
    priv = list(TRAP_ITEMS) + list(IDS_A) + list(IDS_B)
    random.Random(1301).shuffle(priv)
    rows = []
    for i, (text, ids, quasi) in enumerate(priv, 1):
        rows.append({"id": f"q-p{i:04d}", "text": text,
                     "identifiers": dedupe_ids(ids), "quasi": list(quasi)})
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    tri = list(TRIAGE_ITEMS)
    random.Random(1302).shuffle(tri)
    rows = []
    for i, (text, age, gender, dept) in enumerate(tri, 1):
        rows.append({"id": f"q-t{i:04d}", "text": text, "age_range": age,
                     "gender": gender, "department": dept})
    write(os.path.join(OUT, "triage.jsonl"), rows)

    em = list(NOW_ITEMS) + list(HARD_ITEMS)
    random.Random(1303).shuffle(em)
    rows = []
    for i, (text, flag, family, kind) in enumerate(em, 1):
        rows.append({"id": f"q-e{i:04d}", "text": text, "emergency": flag,
                     "family": family, "kind": kind})
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    main()
