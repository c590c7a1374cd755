"""Build the JSONL files: shuffle (fixed seeds), assign ids, write. Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from privacy_items import PRIVACY      # noqa: E402
from triage_items import TRIAGE        # noqa: E402
from emergency_items import EMERGENCY  # noqa: E402


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(PRIVACY)
    random.Random(1801).shuffle(p)
    rows = []
    for i, (text, ids, quasi) in enumerate(p, 1):
        rows.append({
            "id": "q-p%03d" % i,
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi),
        })
    write("privacy.jsonl", rows)

    t = list(TRIAGE)
    random.Random(1802).shuffle(t)
    rows = []
    for i, (text, dept, age, gender) in enumerate(t, 1):
        rows.append({"id": "q-t%03d" % i, "text": text, "department": dept,
                     "age_range": age, "gender": gender})
    write("triage.jsonl", rows)

    e = list(EMERGENCY)
    random.Random(1803).shuffle(e)
    rows = []
    for i, (text, emerg, kind, family) in enumerate(e, 1):
        rows.append({"id": "q-e%03d" % i, "text": text, "emergency": emerg,
                     "kind": kind, "family": family})
    write("emergency.jsonl", rows)
    print("wrote privacy.jsonl (%d), triage.jsonl (%d), emergency.jsonl (%d)"
          % (len(p), len(t), len(e)))


if __name__ == "__main__":
    main()
