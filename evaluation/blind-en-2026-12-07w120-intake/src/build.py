"""Build the three .jsonl files of writer 120 (prefix df) from the hand-written item files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_ids_1, privacy_ids_2, privacy_ids_3  # noqa: E402
import privacy_traps_1, privacy_traps_2  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emerg_now_1, emerg_now_2  # noqa: E402
import emerg_non_1, emerg_non_2, emerg_non_3  # noqa: E402

PREFIX = "df"
SEED_PRIVACY = 12001
SEED_TRIAGE = 12002
SEED_EMERGENCY = 12003


def privacy_records():
    recs = []
    for mod in (privacy_ids_1, privacy_ids_2, privacy_ids_3, privacy_traps_1, privacy_traps_2):
        for item in mod.ITEMS:
            text, ids, quasi = item
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
    for mod in (emerg_now_1, emerg_now_2, emerg_non_1, emerg_non_2, emerg_non_3):
        for family, kind, text in mod.ITEMS:
            recs.append({"text": text, "emergency": kind == "now", "kind": kind, "family": family})
    return recs


def write(name, recs, seed, letter):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (name, len(recs)))


if __name__ == "__main__":
    write("privacy.jsonl", privacy_records(), SEED_PRIVACY, "p")
    write("triage.jsonl", triage_records(), SEED_TRIAGE, "t")
    write("emergency.jsonl", emergency_records(), SEED_EMERGENCY, "e")
