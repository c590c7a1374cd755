"""Build the three JSONL files of writer 142 (prefix eb) from the hand-written item modules."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4, priv_ids_5
import priv_traps_1, priv_traps_2
import triage_a, triage_b
import emerg_now_1, emerg_now_2, emerg_now_3
import emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5

PREFIX = "eb"
SEED_PRIV, SEED_TRI, SEED_EMERG = 14201, 14202, 14203


def privacy_records():
    recs = []
    for mod in (priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4, priv_ids_5):
        for text, ids, quasi in mod.ITEMS:
            idl = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) == 3:
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
        for text, dep, age, gender in mod.ITEMS:
            recs.append({"text": text, "department": dep, "age_range": age, "gender": gender})
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


def write(name, letter, seed, recs):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", path, len(recs))


if __name__ == "__main__":
    write("privacy.jsonl", "p", SEED_PRIV, privacy_records())
    write("triage.jsonl", "t", SEED_TRI, triage_records())
    write("emergency.jsonl", "e", SEED_EMERG, emergency_records())
