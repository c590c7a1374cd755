"""Build the writer-143 test set (prefix ec). Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4
import priv_traps_1, priv_traps_2
import triage_a, triage_b
import emerg_now_1, emerg_now_2, emerg_now_3
import emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5

PREFIX = "ec"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 14301, 14302, 14303


def privacy_records():
    recs = []
    for mod in (priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4):
        for text, ids, quasi in mod.ITEMS:
            idl = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idl.append(d)
            recs.append({"text": text, "identifiers": idl, "quasi": list(quasi)})
    for mod in (priv_traps_1, priv_traps_2):
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
    for mod in (emerg_now_1, emerg_now_2, emerg_now_3):
        for text, family in mod.ITEMS:
            recs.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5):
        for text, kind, family in mod.ITEMS:
            recs.append({"text": text, "emergency": False, "kind": kind, "family": family})
    return recs


def write(name, letter, seed, recs, keys):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            obj = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in keys:
                obj[k] = r[k]
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %s (%d)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy.jsonl", "p", SEED_PRIVACY, privacy_records(), ["text", "identifiers", "quasi"])
    write("triage.jsonl", "t", SEED_TRIAGE, triage_records(), ["text", "department", "age_range", "gender"])
    write("emergency.jsonl", "e", SEED_EMERGENCY, emergency_records(), ["text", "emergency", "kind", "family"])
