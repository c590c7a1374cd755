"""Build the three JSONL files from the hand-written items (stdlib only)."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import privacy_ids
import privacy_traps
import triage_data
import emergency_now
import emergency_non

PREFIX = "af"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    priv = []
    for text, ids, quasi in privacy_ids.ITEMS:
        priv.append({"text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in ids],
                     "quasi": list(quasi)})
    for text in privacy_traps.ITEMS:
        priv.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(4301).shuffle(priv)
    priv = [dict({"id": "%s-p%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(priv)]

    tri = [{"text": t, "department": d, "age_range": a, "gender": g}
           for t, d, a, g in triage_data.ITEMS]
    random.Random(4302).shuffle(tri)
    tri = [dict({"id": "%s-t%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(tri)]

    em = [{"text": t, "emergency": True, "kind": "now", "family": f}
          for t, f in emergency_now.ITEMS]
    for kind, rows in emergency_non.ITEMS.items():
        for t, f in rows:
            em.append({"text": t, "emergency": False, "kind": kind, "family": f})
    random.Random(4303).shuffle(em)
    em = [dict({"id": "%s-e%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(em)]

    write("privacy.jsonl", priv)
    write("triage.jsonl", tri)
    write("emergency.jsonl", em)
    print("wrote", len(priv), len(tri), len(em))


if __name__ == "__main__":
    main()
