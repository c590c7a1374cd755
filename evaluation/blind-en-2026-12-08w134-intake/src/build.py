"""Build the three JSONL files from the hand-written item modules (writer 134, prefix dt)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4  # noqa: E402
import priv_traps_1, priv_traps_2, priv_traps_3  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_1, emerg_now_2, emerg_now_3  # noqa: E402
import emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5  # noqa: E402

PREFIX = "dt"
SEED_PRIVACY = 13401
SEED_TRIAGE = 13402
SEED_EMERGENCY = 13403


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    rows = []
    for mod in (priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4):
        for text, ids, quasi in mod.ITEMS:
            idents = []
            for ent in ids:
                if len(ent) == 2:
                    idents.append({"type": ent[0], "text": ent[1]})
                else:
                    idents.append({"type": ent[0], "text": ent[1], "occurrence": ent[2]})
            rows.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    for mod in (priv_traps_1, priv_traps_2, priv_traps_3):
        for text in mod.ITEMS:
            rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(SEED_PRIVACY).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-p{i:03d}", "text": r["text"],
                    "identifiers": r["identifiers"], "quasi": r["quasi"]})
    return out


def build_triage():
    rows = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            rows.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    random.Random(SEED_TRIAGE).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-t{i:03d}", **r})
    return out


def build_emergency():
    rows = []
    for mod in (emerg_now_1, emerg_now_2, emerg_now_3):
        for text, family in mod.ITEMS:
            rows.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5):
        for text, kind, family in mod.ITEMS:
            rows.append({"text": text, "emergency": False, "kind": kind, "family": family})
    random.Random(SEED_EMERGENCY).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-e{i:03d}", **r})
    return out


if __name__ == "__main__":
    write_jsonl(os.path.join(OUT, "privacy.jsonl"), build_privacy())
    write_jsonl(os.path.join(OUT, "triage.jsonl"), build_triage())
    write_jsonl(os.path.join(OUT, "emergency.jsonl"), build_emergency())
    print("built privacy.jsonl, triage.jsonl, emergency.jsonl in", OUT)
