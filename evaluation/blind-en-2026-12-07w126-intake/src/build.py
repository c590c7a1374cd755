"""Build the three .jsonl files from the hand-written item modules (writer 126, prefix dl)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c  # noqa: E402

PREFIX = "dl"
SEEDS = {"privacy": 12601, "triage": 12602, "emergency": 12603}
OUT = os.path.dirname(HERE)


def privacy_rows():
    rows = []
    for mod in (privacy_a, privacy_e, privacy_b, privacy_c, privacy_d):
        for text, ids, quasi in mod.ITEMS:
            idents = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idents.append(d)
            rows.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    return rows


def triage_rows():
    rows = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            rows.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return rows


def emergency_rows():
    rows = []
    for mod in (emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c):
        for text, emerg, kind, family in mod.ITEMS:
            rows.append({"text": text, "emergency": emerg, "kind": kind, "family": family})
    return rows


def write(task, letter, rows):
    random.Random(SEEDS[task]).shuffle(rows)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, row in enumerate(rows, 1):
            obj = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            obj.update(row)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(rows)))


if __name__ == "__main__":
    write("privacy", "p", privacy_rows())
    write("triage", "t", triage_rows())
    write("emergency", "e", emergency_rows())
