"""Build the three .jsonl files from the hand-written items (writer 132, prefix dr)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_traps_a, privacy_traps_b  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "dr"
SEEDS = {"privacy": 13201, "triage": 13202, "emergency": 13203}


def privacy_records():
    recs = []
    for mod in (privacy_a, privacy_b, privacy_c):
        for text, ids, quasi in mod.ITEMS:
            idl = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idl.append(d)
            recs.append({"text": text, "identifiers": idl, "quasi": list(quasi)})
    for mod in (privacy_traps_a, privacy_traps_b):
        for text in mod.ITEMS:
            recs.append({"text": text, "identifiers": [], "quasi": []})
    return recs


def triage_records():
    recs = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for mod in (emerg_now_a, emerg_now_b):
        for family, text in mod.ITEMS:
            recs.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_a, emerg_non_b, emerg_non_c):
        for kind, family, text in mod.ITEMS:
            recs.append({"text": text, "emergency": False, "kind": kind, "family": family})
    return recs


def write(task, letter, recs):
    random.Random(SEEDS[task]).shuffle(recs)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy", "p", privacy_records())
    write("triage", "t", triage_records())
    write("emergency", "e", emergency_records())
