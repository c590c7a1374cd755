"""Build the JSONL files. Only shuffles (fixed seeds), assigns ids and writes JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from privacy_ids import IDS
from privacy_traps import TRAPS
from triage_items import TRIAGE
from emergency_now import NOW
from emergency_non import NON


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def privacy():
    rows = []
    for text, idents, quasi in IDS:
        seen = []
        for t, s in idents:
            if (t, s) not in seen:
                seen.append((t, s))
        rows.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in seen],
                     "quasi": list(quasi)})
    for text in TRAPS:
        rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(2901).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "q-p%03d" % i, **r})
    write(os.path.join(OUT, "privacy.jsonl"), out)


def triage():
    rows = [{"text": t, "department": d, "age_range": a, "gender": g} for t, d, a, g in TRIAGE]
    random.Random(2902).shuffle(rows)
    out = [{"id": "q-t%03d" % i, **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "triage.jsonl"), out)


def emergency():
    rows = [{"text": t, "emergency": True, "kind": "now", "family": f} for t, f in NOW]
    rows += [{"text": t, "emergency": False, "kind": k, "family": f} for t, k, f in NON]
    random.Random(2903).shuffle(rows)
    out = [{"id": "q-e%03d" % i, **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "emergency.jsonl"), out)


if __name__ == "__main__":
    privacy()
    triage()
    emergency()
    print("built privacy.jsonl, triage.jsonl, emergency.jsonl in", OUT)
