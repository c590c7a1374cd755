"""Build the JSONL files from the hand-written literals.
Only shuffles with fixed seeds, assigns ids and writes JSONL (ensure_ascii=False)."""
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
import emergency_not


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    rows = []
    for text, ids, quasi in privacy_ids.ITEMS + privacy_traps.ITEMS:
        rows.append({
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    random.Random(2701).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "q-p%03d" % i, **r})
    write(os.path.join(OUT, "privacy.jsonl"), out)


def build_triage():
    rows = [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in triage_items.ITEMS]
    random.Random(2702).shuffle(rows)
    out = [{"id": "q-t%03d" % i, **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "triage.jsonl"), out)


def build_emergency():
    rows = [{"text": t, "emergency": True, "kind": "now", "family": fam}
            for t, fam in emergency_now.ITEMS]
    rows += [{"text": t, "emergency": False, "kind": k, "family": fam}
             for t, k, fam in emergency_not.ITEMS]
    random.Random(2703).shuffle(rows)
    out = [{"id": "q-e%03d" % i, **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "emergency.jsonl"), out)


if __name__ == "__main__":
    build_privacy()
    build_triage()
    build_emergency()
    print("built privacy.jsonl, triage.jsonl, emergency.jsonl in", OUT)
