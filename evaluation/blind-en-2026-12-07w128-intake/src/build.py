"""Build the three .jsonl files of writer 128 (prefix dn) from the hand-written items."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d
import privacy_traps_a, privacy_traps_b
import triage_a, triage_b, triage_c
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c

PREFIX = "dn"
SEEDS = {"privacy": 12801, "triage": 12802, "emergency": 12803}

PRIVACY_MODULES = [privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d,
                   privacy_traps_a, privacy_traps_b]
TRIAGE_MODULES = [triage_a, triage_b, triage_c]
EMERGENCY_MODULES = [emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c]


def privacy_records():
    recs = []
    for m in PRIVACY_MODULES:
        for text, ids, quasi in m.ITEMS:
            identifiers = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                identifiers.append(d)
            recs.append({"text": text, "identifiers": identifiers, "quasi": list(quasi)})
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
        for text, emerg, kind, family in m.ITEMS:
            recs.append({"text": text, "emergency": emerg, "kind": kind, "family": family})
    return recs


def write(name, letter, recs, seed):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy", "p", privacy_records(), SEEDS["privacy"])
    write("triage", "t", triage_records(), SEEDS["triage"])
    write("emergency", "e", emergency_records(), SEEDS["emergency"])
