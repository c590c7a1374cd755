"""Build the three JSONL files from the hand-written item modules. Standard library only."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import priv_a, priv_b, priv_c, priv_d, priv_traps  # noqa: E402
import triage_items  # noqa: E402
import emerg_now, emerg_non_a, emerg_non_b  # noqa: E402

PREFIX = "ab"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    priv = []
    for mod in (priv_a, priv_b, priv_c, priv_d):
        for text, ids, quasi in mod.ITEMS:
            priv.append({"text": text,
                         "identifiers": [{"type": t, "text": s} for t, s in ids],
                         "quasi": list(quasi)})
    for text in priv_traps.ITEMS:
        priv.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(3901).shuffle(priv)
    priv = [dict(id="%s-p%03d" % (PREFIX, i + 1), **r) for i, r in enumerate(priv)]
    write("privacy.jsonl", priv)

    # triage
    tri = [{"text": t, "department": d, "age_range": a, "gender": g}
           for t, d, a, g in triage_items.ITEMS]
    random.Random(3902).shuffle(tri)
    tri = [dict(id="%s-t%03d" % (PREFIX, i + 1), **r) for i, r in enumerate(tri)]
    write("triage.jsonl", tri)

    # emergency
    em = []
    for text, fam in emerg_now.ITEMS:
        em.append({"text": text, "emergency": True, "kind": "now", "family": fam})
    for mod in (emerg_non_a, emerg_non_b):
        for text, kind, fam in mod.ITEMS:
            em.append({"text": text, "emergency": False, "kind": kind, "family": fam})
    random.Random(3903).shuffle(em)
    em = [dict(id="%s-e%03d" % (PREFIX, i + 1), **r) for i, r in enumerate(em)]
    write("emergency.jsonl", em)
    print("wrote %d privacy, %d triage, %d emergency" % (len(priv), len(tri), len(em)))


if __name__ == "__main__":
    main()
