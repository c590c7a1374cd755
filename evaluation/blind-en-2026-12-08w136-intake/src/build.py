"""Build the three JSONL test files for writer 136 (prefix dv).

Imports the hand-written item modules in a fixed order, shuffles each task with
random.Random(seed).shuffle, assigns ids, and writes privacy.jsonl, triage.jsonl
and emergency.jsonl into the output folder (the parent of src/).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4, priv_ids_5, priv_ids_6  # noqa: E402,E401
import priv_traps_1, priv_traps_2, priv_traps_3, priv_traps_4  # noqa: E402,E401
import triage_a, triage_b, triage_c, triage_d  # noqa: E402,E401
import emerg_now_1, emerg_now_2, emerg_now_3, emerg_now_4, emerg_now_5  # noqa: E402,E401
import emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5  # noqa: E402,E401
import emerg_non_6, emerg_non_7, emerg_non_8, emerg_non_9  # noqa: E402,E401

PREFIX = "dv"
SEED_PRIVACY = 13601
SEED_TRIAGE = 13602
SEED_EMERGENCY = 13603

PRIV_ID_MODULES = [priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4, priv_ids_5, priv_ids_6]
PRIV_TRAP_MODULES = [priv_traps_1, priv_traps_2, priv_traps_3, priv_traps_4]
TRIAGE_MODULES = [triage_a, triage_b, triage_c, triage_d]
NOW_MODULES = [emerg_now_1, emerg_now_2, emerg_now_3, emerg_now_4, emerg_now_5]
NON_MODULES = [emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5,
               emerg_non_6, emerg_non_7, emerg_non_8, emerg_non_9]


def privacy_records():
    recs = []
    for mod in PRIV_ID_MODULES:
        for text, ids, quasi in mod.ITEMS:
            idents = []
            for ident in ids:
                if len(ident) == 3:
                    typ, span, occ = ident
                    idents.append({"type": typ, "text": span, "occurrence": occ})
                else:
                    typ, span = ident
                    idents.append({"type": typ, "text": span})
            recs.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    for mod in PRIV_TRAP_MODULES:
        for text in mod.ITEMS:
            recs.append({"text": text, "identifiers": [], "quasi": []})
    return recs


def triage_records():
    recs = []
    for mod in TRIAGE_MODULES:
        for text, dept, age, gender in mod.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for mod in NOW_MODULES:
        for text, family in mod.ITEMS:
            recs.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in NON_MODULES:
        for text, kind, family in mod.ITEMS:
            recs.append({"text": text, "emergency": False, "kind": kind, "family": family})
    return recs


def write(name, recs, seed, letter):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, rec in enumerate(recs, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            row.update(rec)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(recs)))


def main():
    write("privacy.jsonl", privacy_records(), SEED_PRIVACY, "p")
    write("triage.jsonl", triage_records(), SEED_TRIAGE, "t")
    write("emergency.jsonl", emergency_records(), SEED_EMERGENCY, "e")


if __name__ == "__main__":
    main()
