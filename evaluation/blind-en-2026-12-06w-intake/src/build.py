"""Shuffle the hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
import json
import os
import random

from privacy_items import PRIVACY_ITEMS
from triage_items import TRIAGE_ITEMS
from emergency_items import EMERGENCY_ITEMS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(PRIVACY_ITEMS)
    random.Random(2401).shuffle(p)
    write("privacy.jsonl", [
        {"id": "q-p%03d" % (i + 1), "text": text,
         "identifiers": [{"type": t, "text": s} for t, s in ids],
         "quasi": list(quasi)}
        for i, (text, ids, quasi) in enumerate(p)])

    t = list(TRIAGE_ITEMS)
    random.Random(2402).shuffle(t)
    write("triage.jsonl", [
        {"id": "q-t%03d" % (i + 1), "text": text, "department": dep,
         "age_range": age, "gender": gender}
        for i, (text, dep, age, gender) in enumerate(t)])

    e = list(EMERGENCY_ITEMS)
    random.Random(2403).shuffle(e)
    write("emergency.jsonl", [
        {"id": "q-e%03d" % (i + 1), "text": text, "emergency": em,
         "kind": kind, "family": fam}
        for i, (text, em, kind, fam) in enumerate(e)])


if __name__ == "__main__":
    main()
