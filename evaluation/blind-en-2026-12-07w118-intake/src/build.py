"""Build the three .jsonl files from the hand-written item modules (writer 118, prefix dd)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_traps_a, privacy_traps_b  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "dd"
SEEDS = {"privacy": 11801, "triage": 11802, "emergency": 11803}


def privacy_records():
    recs = []
    for mod in (privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_traps_a, privacy_traps_b):
        for text, ids, quasi in mod.ITEMS:
            idents = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idents.append(d)
            recs.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    return recs


def triage_records():
    recs = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for mod in (emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c):
        for text, emerg, kind, family in mod.ITEMS:
            recs.append({"text": text, "emergency": emerg, "kind": kind, "family": family})
    return recs


def write(task, letter, recs):
    random.Random(SEEDS[task]).shuffle(recs)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            out = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            out.update(r)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy", "p", privacy_records())
    write("triage", "t", triage_records())
    write("emergency", "e", emergency_records())
