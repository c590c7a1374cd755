"""Shuffle hand-written items with fixed seeds, assign ids, write JSONL. Standard library only."""
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


def write(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    recs = []
    for text, ids, quasi in privacy_items.WITH_IDENTIFIERS:
        recs.append({
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    for text in privacy_items.NO_IDENTIFIERS:
        recs.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(2501).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "q-p%03d" % i, **r})
    write(os.path.join(OUT, "privacy.jsonl"), out)


def build_triage():
    recs = [
        {"text": t, "department": d, "age_range": a, "gender": g}
        for t, d, a, g in triage_items.TRIAGE_ITEMS
    ]
    random.Random(2502).shuffle(recs)
    out = [{"id": "q-t%03d" % i, **r} for i, r in enumerate(recs, 1)]
    write(os.path.join(OUT, "triage.jsonl"), out)


def build_emergency():
    recs = [
        {"text": t, "emergency": e, "kind": k, "family": f}
        for t, e, k, f in emergency_items.NOW + emergency_items.NOT_NOW
    ]
    random.Random(2503).shuffle(recs)
    out = [{"id": "q-e%03d" % i, **r} for i, r in enumerate(recs, 1)]
    write(os.path.join(OUT, "emergency.jsonl"), out)


if __name__ == "__main__":
    build_privacy()
    build_triage()
    build_emergency()
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl to", OUT)
