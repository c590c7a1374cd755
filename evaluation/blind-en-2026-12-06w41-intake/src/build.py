"""Build the en41 intake test set. Python 3 standard library only.
Shuffles the hand-written items with fixed seeds and writes the three JSONL files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a  # noqa: E402
import privacy_b  # noqa: E402
import triage_items  # noqa: E402
import emergency_yes  # noqa: E402
import emergency_no  # noqa: E402

PREFIX = "ad"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = list(privacy_a.ITEMS) + list(privacy_b.ITEMS)
    random.Random(4101).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        seen = []
        for t, s in ids:
            if (t, s) not in seen:
                seen.append((t, s))
        rows.append({"id": f"{PREFIX}-p{i:03d}", "text": text,
                     "identifiers": [{"type": t, "text": s} for t, s in seen],
                     "quasi": list(quasi)})
    write("privacy.jsonl", rows)

    # triage
    items = list(triage_items.ITEMS)
    random.Random(4102).shuffle(items)
    rows = [{"id": f"{PREFIX}-t{i:03d}", "text": text, "department": d, "age_range": a, "gender": g}
            for i, (text, d, a, g) in enumerate(items, 1)]
    write("triage.jsonl", rows)

    # emergency
    items = [(t, True, "now", fam) for t, fam in emergency_yes.ITEMS]
    items += [(t, False, k, fam) for t, k, fam in emergency_no.ITEMS]
    random.Random(4103).shuffle(items)
    rows = [{"id": f"{PREFIX}-e{i:03d}", "text": t, "emergency": e, "kind": k, "family": fam}
            for i, (t, e, k, fam) in enumerate(items, 1)]
    write("emergency.jsonl", rows)
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl to", OUT)


if __name__ == "__main__":
    main()
