"""Build the en44 intake test set (standard library only).

Reads the hand-written item lists in this folder, shuffles each task with a
fixed seed and writes privacy.jsonl, triage.jsonl and emergency.jsonl to the
output folder (the parent of src/).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d  # noqa: E402
import privacy_traps_a, privacy_traps_b         # noqa: E402
import triage_a, triage_b                       # noqa: E402
import emerg_now_a, emerg_now_b                 # noqa: E402
import emerg_non_a, emerg_non_b, emerg_non_c    # noqa: E402

PREFIX = "ag"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 4401, 4402, 4403


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    rows = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d):
        for text, ids, quasi in mod.ITEMS:
            rows.append({"text": text,
                         "identifiers": [{"type": t, "text": s} for t, s in ids],
                         "quasi": list(quasi)})
    for mod in (privacy_traps_a, privacy_traps_b):
        for text in mod.ITEMS:
            rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(SEED_PRIVACY).shuffle(rows)
    return [dict(id=f"{PREFIX}-p{i:03d}", **r) for i, r in enumerate(rows, 1)]


def build_triage():
    rows = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            rows.append({"text": text, "department": dept,
                         "age_range": age, "gender": gender})
    random.Random(SEED_TRIAGE).shuffle(rows)
    return [dict(id=f"{PREFIX}-t{i:03d}", **r) for i, r in enumerate(rows, 1)]


def build_emergency():
    rows = []
    for mod in (emerg_now_a, emerg_now_b):
        for text, family in mod.ITEMS:
            rows.append({"text": text, "emergency": True,
                         "kind": "now", "family": family})
    for mod in (emerg_non_a, emerg_non_b, emerg_non_c):
        for text, kind, family in mod.ITEMS:
            rows.append({"text": text, "emergency": False,
                         "kind": kind, "family": family})
    random.Random(SEED_EMERGENCY).shuffle(rows)
    return [dict(id=f"{PREFIX}-e{i:03d}", **r) for i, r in enumerate(rows, 1)]


if __name__ == "__main__":
    write("privacy.jsonl", build_privacy())
    write("triage.jsonl", build_triage())
    write("emergency.jsonl", build_emergency())
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl to", OUT)
