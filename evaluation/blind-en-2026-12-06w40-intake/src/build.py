"""Shuffle the hand-written items with fixed seeds and write the three JSONL files (stdlib only)."""
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

PREFIX = "ac"
SEEDS = {"privacy": 4001, "triage": 4002, "emergency": 4003}


def write(name, rows):
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(privacy_items.ITEMS)
    random.Random(SEEDS["privacy"]).shuffle(p)
    rows = []
    for i, (text, ids, quasi) in enumerate(p, 1):
        seen, idl = set(), []
        for t, s in ids:
            if (t, s) not in seen:
                seen.add((t, s))
                idl.append({"type": t, "text": s})
        rows.append({"id": f"{PREFIX}-p{i:03d}", "text": text, "identifiers": idl, "quasi": list(quasi)})
    write("privacy", rows)

    t = list(triage_items.ITEMS)
    random.Random(SEEDS["triage"]).shuffle(t)
    write("triage", [{"id": f"{PREFIX}-t{i:03d}", "text": x, "department": d, "age_range": a, "gender": g}
                     for i, (x, d, a, g) in enumerate(t, 1)])

    e = list(emergency_items.ITEMS)
    random.Random(SEEDS["emergency"]).shuffle(e)
    write("emergency", [{"id": f"{PREFIX}-e{i:03d}", "text": x, "emergency": em, "kind": k, "family": fam}
                        for i, (x, em, k, fam) in enumerate(e, 1)])
    print("wrote", len(rows), len(t), len(e))


if __name__ == "__main__":
    main()
