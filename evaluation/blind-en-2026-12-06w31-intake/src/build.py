"""Build the JSONL files from the hand-written literals in this folder.
Only shuffles (fixed seeds) and numbers the items; no text is generated."""
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

PREFIX = "s"


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    rows = []
    for text, ids, quasi in privacy_ids.ITEMS:
        rows.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids],
                     "quasi": list(quasi)})
    for text, quasi in privacy_traps.ITEMS:
        rows.append({"text": text, "identifiers": [], "quasi": list(quasi)})
    random.Random(3101).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-p{i:03d}", **r})
    write(os.path.join(OUT, "privacy.jsonl"), out)


def build_triage():
    rows = [{"text": text, "department": dep, "age_range": age, "gender": g}
            for dep, age, g, text in triage_items.ITEMS]
    random.Random(3102).shuffle(rows)
    out = [{"id": f"{PREFIX}-t{i:03d}", **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "triage.jsonl"), out)


def build_emergency():
    rows = [{"text": text, "emergency": True, "kind": "now", "family": fam}
            for fam, text in emergency_now.ITEMS]
    rows += [{"text": text, "emergency": False, "kind": kind, "family": fam}
             for kind, fam, text in emergency_non.ITEMS]
    random.Random(3103).shuffle(rows)
    out = [{"id": f"{PREFIX}-e{i:03d}", **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "emergency.jsonl"), out)


if __name__ == "__main__":
    build_privacy()
    build_triage()
    build_emergency()
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl")
