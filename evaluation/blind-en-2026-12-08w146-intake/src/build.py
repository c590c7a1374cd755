"""Build the three JSONL files of writer 146 (prefix ef) from the hand-written item modules."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import priv_ids_1, priv_ids_2, priv_ids_3  # noqa: E402
import priv_traps_1, priv_traps_2  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_1, emerg_now_2  # noqa: E402
import emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4  # noqa: E402

PREFIX = "ef"
SEED_PRIVACY = 14601
SEED_TRIAGE = 14602
SEED_EMERGENCY = 14603


def privacy_records():
    recs = []
    for mod in (priv_ids_1, priv_ids_2, priv_ids_3):
        for text, spans, quasi in mod.ITEMS:
            ids = []
            for sp in spans:
                d = {"type": sp[0], "text": sp[1]}
                if len(sp) == 3:
                    d["occurrence"] = sp[2]
                ids.append(d)
            recs.append({"text": text, "identifiers": ids, "quasi": list(quasi)})
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
    for mod in (emerg_now_1, emerg_now_2):
        for text, family in mod.ITEMS:
            recs.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4):
        for text, kind, family in mod.ITEMS:
            recs.append({"text": text, "emergency": False, "kind": kind, "family": family})
    return recs


def write(name, recs, seed, letter):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy.jsonl", privacy_records(), SEED_PRIVACY, "p")
    write("triage.jsonl", triage_records(), SEED_TRIAGE, "t")
    write("emergency.jsonl", emergency_records(), SEED_EMERGENCY, "e")
