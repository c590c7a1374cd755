#!/usr/bin/env python3
"""Build the three .jsonl files of writer 127 (prefix dm) from the hand-written item modules."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_sa_a, privacy_sa_b, privacy_sa_c, privacy_sa_d, privacy_other, privacy_traps_sa, privacy_traps_other  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c, emerg_non_d  # noqa: E402

PREFIX = "dm"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 12701, 12702, 12703


def privacy_records():
    items = []
    for mod in (privacy_sa_a, privacy_sa_b, privacy_sa_c, privacy_sa_d, privacy_other, privacy_traps_sa, privacy_traps_other):
        items.extend(mod.ITEMS)
    random.Random(SEED_PRIVACY).shuffle(items)
    recs = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        idents = []
        for t in ids:
            d = {"type": t[0], "text": t[1]}
            if len(t) > 2:
                d["occurrence"] = t[2]
            idents.append(d)
        recs.append({"id": f"{PREFIX}-p{i:03d}", "text": text, "identifiers": idents, "quasi": list(quasi)})
    return recs


def triage_records():
    items = list(triage_a.ITEMS) + list(triage_b.ITEMS)
    random.Random(SEED_TRIAGE).shuffle(items)
    return [{"id": f"{PREFIX}-t{i:03d}", "text": t, "department": d, "age_range": a, "gender": g}
            for i, (t, d, a, g) in enumerate(items, 1)]


def emergency_records():
    items = []
    for mod in (emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c, emerg_non_d):
        items.extend(mod.ITEMS)
    random.Random(SEED_EMERGENCY).shuffle(items)
    return [{"id": f"{PREFIX}-e{i:03d}", "text": t, "emergency": k == "now", "kind": k, "family": f}
            for i, (t, k, f) in enumerate(items, 1)]


def write(name, recs):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("privacy.jsonl", privacy_records())
    write("triage.jsonl", triage_records())
    write("emergency.jsonl", emergency_records())
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl")
