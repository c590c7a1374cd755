"""Build the three JSONL files of writer 144 (prefix ed) from the hand-written item modules."""
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

PREFIX = "ed"
SEED_PRIV, SEED_TRI, SEED_EM = 14401, 14402, 14403


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def privacy():
    rows = []
    for mod in (priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4):
        for text, ids, quasi in mod.ITEMS:
            idl = []
            for t in ids:
                d = {"type": t[0], "text": t[1]}
                if len(t) == 3:
                    d["occurrence"] = t[2]
                idl.append(d)
            rows.append({"text": text, "identifiers": idl, "quasi": list(quasi)})
    for mod in (priv_traps_1, priv_traps_2):
        for text in mod.ITEMS:
            rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(SEED_PRIV).shuffle(rows)
    return [{"id": f"{PREFIX}-p{i:03d}", **r} for i, r in enumerate(rows, 1)]


def triage():
    rows = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            rows.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    random.Random(SEED_TRI).shuffle(rows)
    return [{"id": f"{PREFIX}-t{i:03d}", **r} for i, r in enumerate(rows, 1)]


def emergency():
    rows = []
    for mod in (emerg_now_1, emerg_now_2, emerg_now_3):
        for text, fam in mod.ITEMS:
            rows.append({"text": text, "emergency": True, "kind": "now", "family": fam})
    for mod in (emerg_non_1, emerg_non_2, emerg_non_3, emerg_non_4, emerg_non_5):
        for text, kind, fam in mod.ITEMS:
            rows.append({"text": text, "emergency": False, "kind": kind, "family": fam})
    random.Random(SEED_EM).shuffle(rows)
    return [{"id": f"{PREFIX}-e{i:03d}", **r} for i, r in enumerate(rows, 1)]


if __name__ == "__main__":
    write("privacy.jsonl", privacy())
    write("triage.jsonl", triage())
    write("emergency.jsonl", emergency())
    print("built")
