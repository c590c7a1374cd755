"""Build the three JSONL files from the hand-written item lists. Standard library only.
Shuffles with fixed seeds: 3801 privacy, 3802 triage, 3803 emergency."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_ids
import privacy_traps
import triage_items
import emergency_now
import emergency_hard

PREFIX = "z"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = [(t, ids, q) for t, ids, q in privacy_ids.ITEMS] + [(t, [], []) for t in privacy_traps.ITEMS]
    random.Random(3801).shuffle(items)
    rows = []
    for i, (t, ids, q) in enumerate(items, 1):
        rows.append({"id": f"{PREFIX}-p{i:03d}", "text": t,
                     "identifiers": [{"type": ty, "text": s} for ty, s in ids],
                     "quasi": list(q)})
    write("privacy.jsonl", rows)

    # triage
    items = list(triage_items.ITEMS)
    random.Random(3802).shuffle(items)
    rows = [{"id": f"{PREFIX}-t{i:03d}", "text": t, "department": d, "age_range": a, "gender": g}
            for i, (t, d, a, g) in enumerate(items, 1)]
    write("triage.jsonl", rows)

    # emergency
    items = [(t, True, "now", f) for t, f in emergency_now.ITEMS] + \
            [(t, False, k, f) for t, k, f in emergency_hard.ITEMS]
    random.Random(3803).shuffle(items)
    rows = [{"id": f"{PREFIX}-e{i:03d}", "text": t, "emergency": e, "kind": k, "family": f}
            for i, (t, e, k, f) in enumerate(items, 1)]
    write("emergency.jsonl", rows)
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl")


if __name__ == "__main__":
    main()
