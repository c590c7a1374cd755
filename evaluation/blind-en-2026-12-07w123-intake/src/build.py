"""Build the three JSONL files from the hand-written item modules (fixed order, seeded shuffle)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d  # noqa: E402
import privacy_traps_a, privacy_traps_b  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "di"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 12301, 12302, 12303
OUT = os.path.dirname(HERE)


def privacy_records():
    recs = []
    for mod in (privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d):
        for text, ids, quasi in mod.ITEMS:
            idents = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idents.append(d)
            recs.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    for mod in (privacy_traps_a, privacy_traps_b):
        for text in mod.ITEMS:
            recs.append({"text": text, "identifiers": [], "quasi": []})
    return recs


def triage_records():
    recs = []
    for mod in (triage_a, triage_b):
        for dept, age, gender, text in mod.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for mod in (emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c):
        for kind, family, text in mod.ITEMS:
            recs.append({"text": text, "emergency": kind == "now", "kind": kind, "family": family})
    return recs


def write(name, letter, recs, seed):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d)" % (name, len(recs)))


if __name__ == "__main__":
    write("privacy.jsonl", "p", privacy_records(), SEED_PRIVACY)
    write("triage.jsonl", "t", triage_records(), SEED_TRIAGE)
    write("emergency.jsonl", "e", emergency_records(), SEED_EMERGENCY)
