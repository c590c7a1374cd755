"""Build the JSONL files from the hand-written literals (shuffled with fixed seeds)."""
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


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    priv = list(privacy_items.WITH_IDS) + list(privacy_items.TRAP_ONLY)
    random.Random(3401).shuffle(priv)
    rows = []
    for i, (text, ids, quasi) in enumerate(priv, 1):
        seen = []
        for t, s in ids:
            if (t, s) not in seen:
                seen.append((t, s))
        rows.append({"id": "v-p%03d" % i, "text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in seen],
                     "quasi": list(quasi)})
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    tri = list(triage_items.ITEMS)
    random.Random(3402).shuffle(tri)
    write(os.path.join(OUT, "triage.jsonl"), [
        {"id": "v-t%03d" % i, "text": t, "department": d, "age_range": a, "gender": g}
        for i, (t, d, a, g) in enumerate(tri, 1)])

    em = list(emergency_items.NOW) + list(emergency_items.NOT_NOW)
    random.Random(3403).shuffle(em)
    write(os.path.join(OUT, "emergency.jsonl"), [
        {"id": "v-e%03d" % i, "text": t, "emergency": e, "kind": k, "family": fam}
        for i, (t, e, k, fam) in enumerate(em, 1)])
    print("wrote privacy=%d triage=%d emergency=%d" % (len(rows), len(tri), len(em)))


if __name__ == "__main__":
    main()
