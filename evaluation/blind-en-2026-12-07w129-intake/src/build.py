"""Build the three .jsonl files of writer 129 (prefix "do") from the hand-written item files."""
import json
import os
import random

import privacy_ids_1
import privacy_ids_2
import privacy_ids_3
import privacy_traps_1
import privacy_traps_2
import triage_1
import triage_2
import emerg_now_1
import emerg_now_2
import emerg_non_1
import emerg_non_2
import emerg_non_3
import emerg_non_4

PREFIX = "do"
SEED_PRIVACY = 12901
SEED_TRIAGE = 12902
SEED_EMERGENCY = 12903

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def privacy_records():
    recs = []
    for mod in (privacy_ids_1, privacy_ids_2, privacy_ids_3, privacy_traps_1, privacy_traps_2):
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
    for mod in (triage_1, triage_2):
        for text, dept, age, gender in mod.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for mod in (emerg_now_1, emerg_now_2):
        for family, text in mod.ITEMS:
            recs.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4):
        for kind, family, text in mod.ITEMS:
            recs.append({"text": text, "emergency": False, "kind": kind, "family": family})
    return recs


def write(name, letter, recs, seed):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(recs)))


if __name__ == "__main__":
    write("privacy.jsonl", "p", privacy_records(), SEED_PRIVACY)
    write("triage.jsonl", "t", triage_records(), SEED_TRIAGE)
    write("emergency.jsonl", "e", emergency_records(), SEED_EMERGENCY)
