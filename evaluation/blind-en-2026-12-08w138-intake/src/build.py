"""Build the askdoc intake test set for writer 138 (prefix dx). Standard library only."""
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
import emerg_now_1, emerg_now_2  # noqa: E402
import emerg_non_1, emerg_non_2, emerg_non_3  # noqa: E402

PREFIX = "dx"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 13801, 13802, 13803


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    priv = []
    for mod in (priv_ids_1, priv_ids_2, priv_ids_3, priv_ids_4):
        for text, ids, quasi in mod.ITEMS:
            idents = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) == 3:
                    d["occurrence"] = ident[2]
                idents.append(d)
            priv.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    for mod in (priv_traps_1, priv_traps_2):
        for text in mod.ITEMS:
            priv.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(SEED_PRIVACY).shuffle(priv)
    priv = [dict(id=f"{PREFIX}-p{i:03d}", **r) for i, r in enumerate(priv, 1)]
    write("privacy.jsonl", priv)

    # triage
    tri = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            tri.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    random.Random(SEED_TRIAGE).shuffle(tri)
    tri = [dict(id=f"{PREFIX}-t{i:03d}", **r) for i, r in enumerate(tri, 1)]
    write("triage.jsonl", tri)

    # emergency
    em = []
    for mod in (emerg_now_1, emerg_now_2):
        for text, family in mod.ITEMS:
            em.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for mod in (emerg_non_1, emerg_non_2, emerg_non_3):
        for text, kind, family in mod.ITEMS:
            em.append({"text": text, "emergency": False, "kind": kind, "family": family})
    random.Random(SEED_EMERGENCY).shuffle(em)
    em = [dict(id=f"{PREFIX}-e{i:03d}", **r) for i, r in enumerate(em, 1)]
    write("emergency.jsonl", em)
    print(f"wrote privacy {len(priv)}, triage {len(tri)}, emergency {len(em)}")


if __name__ == "__main__":
    main()
