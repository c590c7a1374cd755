#!/usr/bin/env python3
"""Build the blind test set files from the hand-written item lists (standard library only)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now, emergency_non_a, emergency_non_b  # noqa: E402

PREFIX = "ah"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    priv = list(privacy_a.ITEMS) + list(privacy_b.ITEMS) + list(privacy_c.EXTRA) + list(privacy_c.TRAPS)
    random.Random(4501).shuffle(priv)
    rows = []
    for i, (text, ids, quasi) in enumerate(priv, 1):
        seen = []
        for typ, s in ids:
            if (typ, s) not in seen:
                seen.append((typ, s))
        rows.append({"id": "%s-p%03d" % (PREFIX, i), "text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in seen],
                     "quasi": list(quasi)})
    write("privacy.jsonl", rows)

    # triage
    tri = list(triage_a.ITEMS) + list(triage_b.ITEMS)
    random.Random(4502).shuffle(tri)
    rows = [{"id": "%s-t%03d" % (PREFIX, i), "text": t, "department": d, "age_range": a, "gender": g}
            for i, (t, d, a, g) in enumerate(tri, 1)]
    write("triage.jsonl", rows)

    # emergency
    em = [(t, True, "now", f) for t, f in emergency_now.ITEMS]
    em += [(t, False, k, f) for t, k, f in emergency_non_a.ITEMS + emergency_non_b.ITEMS]
    random.Random(4503).shuffle(em)
    rows = [{"id": "%s-e%03d" % (PREFIX, i), "text": t, "emergency": e, "kind": k, "family": f}
            for i, (t, e, k, f) in enumerate(em, 1)]
    write("emergency.jsonl", rows)
    print("built privacy.jsonl, triage.jsonl, emergency.jsonl in", OUT)


if __name__ == "__main__":
    main()
