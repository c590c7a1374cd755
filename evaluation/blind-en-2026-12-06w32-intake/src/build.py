"""Build the JSONL files from the hand-written literals. Standard library only."""
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
import emergency_non

PREFIX = "t"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    rows = []
    for text, ids, quasi in privacy_ids.ITEMS:
        seen = []
        for typ, s in ids:
            if (typ, s) not in seen:
                seen.append((typ, s))
        rows.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in seen],
                     "quasi": list(quasi)})
    for text, quasi in privacy_traps.ITEMS:
        rows.append({"text": text, "identifiers": [], "quasi": list(quasi)})
    random.Random(3201).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-p{i:03d}", **r})
    write("privacy.jsonl", out)


def build_triage():
    rows = [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in triage_items.ITEMS]
    random.Random(3202).shuffle(rows)
    write("triage.jsonl", [{"id": f"{PREFIX}-t{i:03d}", **r} for i, r in enumerate(rows, 1)])


def build_emergency():
    rows = [{"text": t, "emergency": True, "kind": "now", "family": f}
            for t, f in emergency_now.ITEMS]
    rows += [{"text": t, "emergency": False, "kind": k, "family": f}
             for t, k, f in emergency_non.ITEMS]
    random.Random(3203).shuffle(rows)
    write("emergency.jsonl", [{"id": f"{PREFIX}-e{i:03d}", **r} for i, r in enumerate(rows, 1)])


if __name__ == "__main__":
    build_privacy()
    build_triage()
    build_emergency()
    print("written to", OUT)
