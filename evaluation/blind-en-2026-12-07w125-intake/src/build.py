"""Build the three .jsonl files of writer 125 (prefix dk) from the hand-written item files.

Every item in the imported modules was written by hand. This script only gathers them in a fixed
order, shuffles each task with random.Random(seed).shuffle and assigns ids in order.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a  # noqa: E402
import privacy_b  # noqa: E402
import privacy_c  # noqa: E402
import privacy_traps  # noqa: E402
import triage_a  # noqa: E402
import triage_b  # noqa: E402
import emerg_now_a  # noqa: E402
import emerg_now_b  # noqa: E402
import emerg_non_a  # noqa: E402
import emerg_non_b  # noqa: E402
import emerg_non_c  # noqa: E402

PREFIX = "dk"
SEED_PRIVACY = 12501
SEED_TRIAGE = 12502
SEED_EMERGENCY = 12503


def privacy_records():
    rows = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_traps):
        for item in mod.ITEMS:
            text, ids, quasi = item
            idents = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idents.append(d)
            rows.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    return rows


def triage_records():
    rows = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            rows.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return rows


def emergency_records():
    rows = []
    for mod in (emerg_now_a, emerg_now_b):
        for text, family in mod.ITEMS:
            rows.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_a, emerg_non_b, emerg_non_c):
        for text, kind, family in mod.ITEMS:
            rows.append({"text": text, "emergency": False, "kind": kind, "family": family})
    return rows


def write(name, letter, seed, rows):
    random.Random(seed).shuffle(rows)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, row in enumerate(rows, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(row)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (name, len(rows)))


def main():
    write("privacy.jsonl", "p", SEED_PRIVACY, privacy_records())
    write("triage.jsonl", "t", SEED_TRIAGE, triage_records())
    write("emergency.jsonl", "e", SEED_EMERGENCY, emergency_records())


if __name__ == "__main__":
    main()
