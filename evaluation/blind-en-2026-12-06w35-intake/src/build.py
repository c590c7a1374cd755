"""Build the JSONL files from the hand-written literals (shuffle with fixed seeds)."""
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

PREFIX = "w"


def dedupe_ids(idents):
    seen = set()
    out = []
    for typ, text in idents:
        if (typ, text) in seen:
            continue
        seen.add((typ, text))
        out.append({"type": typ, "text": text})
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    rows = []
    for text, idents, quasi in privacy_ids.ITEMS:
        rows.append({"text": text, "identifiers": dedupe_ids(idents), "quasi": list(quasi)})
    for text, quasi in privacy_traps.ITEMS:
        rows.append({"text": text, "identifiers": [], "quasi": list(quasi)})
    random.Random(3501).shuffle(rows)
    priv = []
    for i, r in enumerate(rows, 1):
        priv.append({"id": f"{PREFIX}-p{i:03d}", **r})
    write(os.path.join(OUT, "privacy.jsonl"), priv)

    # triage
    rows = [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in triage_items.ITEMS]
    random.Random(3502).shuffle(rows)
    tri = [{"id": f"{PREFIX}-t{i:03d}", **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "triage.jsonl"), tri)

    # emergency
    rows = [{"text": t, "emergency": True, "kind": "now", "family": f}
            for t, f in emergency_now.ITEMS]
    rows += [{"text": t, "emergency": False, "kind": k, "family": f}
             for t, k, f in emergency_non.ITEMS]
    random.Random(3503).shuffle(rows)
    emg = [{"id": f"{PREFIX}-e{i:03d}", **r} for i, r in enumerate(rows, 1)]
    write(os.path.join(OUT, "emergency.jsonl"), emg)

    print(f"privacy {len(priv)}  triage {len(tri)}  emergency {len(emg)}")


if __name__ == "__main__":
    main()
