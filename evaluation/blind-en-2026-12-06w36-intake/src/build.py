#!/usr/bin/env python3
"""Build the JSONL files from the hand-written literals in this folder.
Shuffles with fixed seeds (3601 privacy, 3602 triage, 3603 emergency)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c  # noqa: E402
import triage_items  # noqa: E402
import emergency_now, emergency_non  # noqa: E402

PREFIX = "x"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    items = list(privacy_a.ITEMS) + list(privacy_b.ITEMS) + list(privacy_c.ITEMS)
    random.Random(3601).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        seen = []
        for t, s in ids:
            if (t, s) not in seen:
                seen.append((t, s))
        rows.append({
            "id": f"{PREFIX}-p{i:03d}",
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in seen],
            "quasi": list(quasi),
        })
    write("privacy.jsonl", rows)


def build_triage():
    items = list(triage_items.ITEMS)
    random.Random(3602).shuffle(items)
    rows = []
    for i, (text, dept, age, gender) in enumerate(items, 1):
        rows.append({"id": f"{PREFIX}-t{i:03d}", "text": text, "department": dept,
                     "age_range": age, "gender": gender})
    write("triage.jsonl", rows)


def build_emergency():
    items = [(t, True, "now", fam) for t, fam in emergency_now.ITEMS]
    items += [(t, False, kind, fam) for t, kind, fam in emergency_non.ITEMS]
    random.Random(3603).shuffle(items)
    rows = []
    for i, (text, em, kind, fam) in enumerate(items, 1):
        rows.append({"id": f"{PREFIX}-e{i:03d}", "text": text, "emergency": em,
                     "kind": kind, "family": fam})
    write("emergency.jsonl", rows)


if __name__ == "__main__":
    build_privacy()
    build_triage()
    build_emergency()
    print("built privacy.jsonl, triage.jsonl, emergency.jsonl in", OUT)
