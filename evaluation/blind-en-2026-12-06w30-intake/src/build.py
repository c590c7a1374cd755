"""Build the JSONL files from the hand-written literals. Shuffles with fixed seeds."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_items
import triage_items
import emergency_now
import emergency_non

PREFIX = "r"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = list(privacy_items.WITH_IDS) + list(privacy_items.TRAPS_ONLY)
    random.Random(3001).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        rows.append({
            "id": f"{PREFIX}-p{i:03d}",
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    write("privacy.jsonl", rows)

    # triage
    items = list(triage_items.TRIAGE)
    random.Random(3002).shuffle(items)
    rows = []
    for i, (text, dept, age, gender) in enumerate(items, 1):
        rows.append({
            "id": f"{PREFIX}-t{i:03d}",
            "text": text,
            "department": dept,
            "age_range": age,
            "gender": gender,
        })
    write("triage.jsonl", rows)

    # emergency
    items = [(t, True, "now", fam) for t, fam in emergency_now.NOW]
    items += [(t, False, kind, fam) for t, kind, fam in emergency_non.NON]
    random.Random(3003).shuffle(items)
    rows = []
    for i, (text, em, kind, fam) in enumerate(items, 1):
        rows.append({
            "id": f"{PREFIX}-e{i:03d}",
            "text": text,
            "emergency": em,
            "kind": kind,
            "family": fam,
        })
    write("emergency.jsonl", rows)
    print("built")


if __name__ == "__main__":
    main()
