"""Shuffle (fixed seeds), assign ids and write JSONL. No text generation happens here."""
import json
import os
import random

import emergency_data
import privacy_data
import triage_data

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    e = list(emergency_data.ITEMS)
    random.Random(101).shuffle(e)
    rows = []
    for i, (family, kind, emergency, text) in enumerate(e, 1):
        rows.append({"id": f"hz-e{i:03d}", "text": text, "emergency": emergency,
                     "family": family, "kind": kind})
    write("emergency.jsonl", rows)

    t = list(triage_data.ITEMS)
    random.Random(202).shuffle(t)
    rows = []
    for i, (dept, age, gender, text) in enumerate(t, 1):
        rows.append({"id": f"hz-t{i:03d}", "text": text, "age_range": age,
                     "gender": gender, "department": dept})
    write("triage.jsonl", rows)

    p = list(privacy_data.ITEMS)
    random.Random(303).shuffle(p)
    rows = []
    for i, (text, ids) in enumerate(p, 1):
        rows.append({"id": f"hz-p{i:03d}", "text": text,
                     "identifiers": [{"type": ty, "text": sp} for ty, sp in ids]})
    write("privacy.jsonl", rows)


if __name__ == "__main__":
    main()
