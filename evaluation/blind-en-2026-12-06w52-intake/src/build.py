"""Collect the hand-written items, shuffle with fixed seeds, assign ids, write JSONL files.
Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "ao"
SEEDS = {"privacy": 5201, "triage": 5202, "emergency": 5203}


def write(name, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(rows)}")


def main():
    priv = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f):
        for text, ids, quasi in mod.ITEMS:
            seen = []
            for t, s in ids:
                if (t, s) not in seen:
                    seen.append((t, s))
            priv.append({"text": text,
                         "identifiers": [{"type": t, "text": s} for t, s in seen],
                         "quasi": list(quasi)})
    random.Random(SEEDS["privacy"]).shuffle(priv)
    priv = [dict(id=f"{PREFIX}-p{i:03d}", **r) for i, r in enumerate(priv, 1)]

    tri = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            tri.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    random.Random(SEEDS["triage"]).shuffle(tri)
    tri = [dict(id=f"{PREFIX}-t{i:03d}", **r) for i, r in enumerate(tri, 1)]

    em = []
    for mod in (emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c):
        for text, flag, kind, family in mod.ITEMS:
            em.append({"text": text, "emergency": flag, "kind": kind, "family": family})
    random.Random(SEEDS["emergency"]).shuffle(em)
    em = [dict(id=f"{PREFIX}-e{i:03d}", **r) for i, r in enumerate(em, 1)]

    write("privacy.jsonl", priv)
    write("triage.jsonl", tri)
    write("emergency.jsonl", em)


if __name__ == "__main__":
    main()
