"""Shuffle the hand-written items (fixed seeds), assign ids and write JSONL. Nothing is generated here."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_items
import triage_items
import emergency_items


def write(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    priv = []
    for text, ids, quasi in privacy_items.WITH_IDS:
        priv.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids],
                     "quasi": list(quasi)})
    for text in privacy_items.NO_IDS:
        priv.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(2201).shuffle(priv)
    priv = [{"id": "q-p%03d" % (i + 1), **r} for i, r in enumerate(priv)]
    write(os.path.join(OUT, "privacy.jsonl"), priv)

    # triage
    tri = [{"text": t, "department": d, "age_range": a, "gender": g}
           for t, d, a, g in triage_items.ITEMS]
    random.Random(2202).shuffle(tri)
    tri = [{"id": "q-t%03d" % (i + 1), **r} for i, r in enumerate(tri)]
    write(os.path.join(OUT, "triage.jsonl"), tri)

    # emergency
    em = [{"text": t, "emergency": e, "kind": k, "family": f}
          for t, e, k, f in emergency_items.NOW + emergency_items.NON]
    random.Random(2203).shuffle(em)
    em = [{"id": "q-e%03d" % (i + 1), **r} for i, r in enumerate(em)]
    write(os.path.join(OUT, "emergency.jsonl"), em)

    print("wrote", len(priv), len(tri), len(em))


if __name__ == "__main__":
    main()
