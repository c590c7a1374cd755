"""Build the three .jsonl files from the hand-written item modules.

Fixed import order; each task shuffled with random.Random(seed).shuffle; ids assigned in order.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d  # noqa: E402
import privacy_traps_a, privacy_traps_b, privacy_traps_c  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "dh"
SEED_PRIVACY = 12201
SEED_TRIAGE = 12202
SEED_EMERGENCY = 12203
OUT = os.path.dirname(HERE)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    items = []
    for mod in (privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d,
                privacy_traps_a, privacy_traps_b, privacy_traps_c):
        items.extend(mod.ITEMS)
    items = list(items)
    random.Random(SEED_PRIVACY).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        idents = []
        for ident in ids:
            d = {"type": ident[0], "text": ident[1]}
            if len(ident) > 2:
                d["occurrence"] = ident[2]
            idents.append(d)
        rows.append({"id": "%s-p%03d" % (PREFIX, i), "text": text,
                     "identifiers": idents, "quasi": list(quasi)})
    return rows


def build_triage():
    items = list(triage_a.ITEMS) + list(triage_b.ITEMS)
    random.Random(SEED_TRIAGE).shuffle(items)
    return [{"id": "%s-t%03d" % (PREFIX, i), "text": t, "department": d,
             "age_range": a, "gender": g}
            for i, (t, d, a, g) in enumerate(items, 1)]


def build_emergency():
    items = []
    for mod in (emerg_now_a, emerg_now_b):
        for text, family in mod.ITEMS:
            items.append((text, True, "now", family))
    for mod in (emerg_non_a, emerg_non_b, emerg_non_c):
        for text, kind, family in mod.ITEMS:
            items.append((text, False, kind, family))
    random.Random(SEED_EMERGENCY).shuffle(items)
    return [{"id": "%s-e%03d" % (PREFIX, i), "text": t, "emergency": e,
             "kind": k, "family": f}
            for i, (t, e, k, f) in enumerate(items, 1)]


def main():
    p = build_privacy()
    t = build_triage()
    e = build_emergency()
    write_jsonl(os.path.join(OUT, "privacy.jsonl"), p)
    write_jsonl(os.path.join(OUT, "triage.jsonl"), t)
    write_jsonl(os.path.join(OUT, "emergency.jsonl"), e)
    print("wrote privacy %d, triage %d, emergency %d" % (len(p), len(t), len(e)))


if __name__ == "__main__":
    main()
