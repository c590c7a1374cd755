"""Build JSONL files: shuffle with fixed seeds, assign ids, write with ensure_ascii=False."""
import json
import os
import random

import privacy_items
import triage_items
import emergency_items

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    rows = []
    for text, ids, quasi in privacy_items.WITH_IDS:
        seen = []
        idents = []
        for t, s in ids:
            if (t, s) not in seen:
                seen.append((t, s))
                idents.append({"type": t, "text": s})
        rows.append((text, idents, list(quasi)))
    for text in privacy_items.TRAPS:
        rows.append((text, [], []))
    random.Random(2601).shuffle(rows)
    out = []
    for i, (text, idents, quasi) in enumerate(rows, 1):
        out.append({"id": "q-p%03d" % i, "text": text, "identifiers": idents, "quasi": quasi})
    write(os.path.join(OUT, "privacy.jsonl"), out)

    # triage
    rows = list(triage_items.ITEMS)
    random.Random(2602).shuffle(rows)
    out = []
    for i, (dept, age, gender, text) in enumerate(rows, 1):
        out.append({"id": "q-t%03d" % i, "text": text, "department": dept,
                    "age_range": age, "gender": gender})
    write(os.path.join(OUT, "triage.jsonl"), out)

    # emergency
    rows = [(text, True, "now", fam) for fam, text in emergency_items.NOW]
    rows += [(text, False, kind, fam) for kind, fam, text in emergency_items.NON]
    random.Random(2603).shuffle(rows)
    out = []
    for i, (text, em, kind, fam) in enumerate(rows, 1):
        out.append({"id": "q-e%03d" % i, "text": text, "emergency": em,
                    "kind": kind, "family": fam})
    write(os.path.join(OUT, "emergency.jsonl"), out)


if __name__ == "__main__":
    main()
