"""Build the askdoc intake test set (writer 147, prefix eg). Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4  # noqa: E402
import priv_traps_1, priv_traps_2  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_1, emerg_now_2, emerg_now_3  # noqa: E402
import emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5  # noqa: E402

PREFIX = "eg"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 14701, 14702, 14703


def privacy_records():
    recs = []
    for mod in (priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4):
        for text, idents, quasi in mod.ITEMS:
            out = []
            for ident in idents:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) == 3:
                    d["occurrence"] = ident[2]
                out.append(d)
            recs.append({"text": text, "identifiers": out, "quasi": list(quasi)})
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


def write(name, letter, seed, recs):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            obj = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            obj.update(r)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy.jsonl", "p", SEED_PRIVACY, privacy_records())
    write("triage.jsonl", "t", SEED_TRIAGE, triage_records())
    write("emergency.jsonl", "e", SEED_EMERGENCY, emergency_records())
