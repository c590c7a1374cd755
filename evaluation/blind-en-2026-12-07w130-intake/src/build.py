"""Build the three .jsonl files from the hand-written item modules (writer 130, prefix dp)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, traps_a, traps_b  # noqa: E402
import triage_a, triage_b, triage_c  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "dp"
SEEDS = {"privacy": 13001, "triage": 13002, "emergency": 13003}


def privacy_records():
    recs = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d, traps_a, traps_b):
        for text, ids, quasi in mod.ITEMS:
            idl = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idl.append(d)
            recs.append({"text": text, "identifiers": idl, "quasi": list(quasi)})
    return recs


def triage_records():
    recs = []
    for mod in (triage_a, triage_b, triage_c):
        for text, dept, age, gender in mod.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for mod in (emerg_now_a, emerg_now_b):
        for text, family in mod.ITEMS:
            recs.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_a, emerg_non_b, emerg_non_c):
        for text, kind, family in mod.ITEMS:
            recs.append({"text": text, "emergency": False, "kind": kind, "family": family})
    return recs


def write(task, letter, recs):
    random.Random(SEEDS[task]).shuffle(recs)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy", "p", privacy_records())
    write("triage", "t", triage_records())
    write("emergency", "e", emergency_records())
