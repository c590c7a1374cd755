"""Build the three .jsonl files of writer 131 (prefix dq) from the hand-written item modules."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

PREFIX = "dq"
SEEDS = {"privacy": 13101, "triage": 13102, "emergency": 13103}

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d, privacy_traps_a, privacy_traps_b  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c, emerg_non_d  # noqa: E402

PRIVACY_MODULES = [privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d, privacy_traps_a, privacy_traps_b]
TRIAGE_MODULES = [triage_a, triage_b]
EMERGENCY_MODULES = [emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c, emerg_non_d]


def privacy_records():
    recs = []
    for m in PRIVACY_MODULES:
        for text, idents, quasi in m.ITEMS:
            out = []
            for ident in idents:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                out.append(d)
            recs.append({"text": text, "identifiers": out, "quasi": list(quasi)})
    return recs


def triage_records():
    recs = []
    for m in TRIAGE_MODULES:
        for text, dept, age, gender in m.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for m in EMERGENCY_MODULES:
        for text, kind, family in m.ITEMS:
            recs.append({"text": text, "emergency": kind == "now", "kind": kind, "family": family})
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
