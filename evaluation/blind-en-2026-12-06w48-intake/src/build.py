#!/usr/bin/env python3
"""Collect the hand-written items, shuffle with fixed seeds, assign ids, write JSONL files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c, emerg_non_d  # noqa: E402

PREFIX = "ak"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 4801, 4802, 4803


def privacy_records():
    recs = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f):
        for text, ids, quasi in mod.ITEMS:
            seen = []
            idents = []
            for typ, s in ids:
                if (typ, s) in seen:
                    continue
                seen.append((typ, s))
                idents.append({"type": typ, "text": s})
            recs.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    return recs


def triage_records():
    recs = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            recs.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return recs


def emergency_records():
    recs = []
    for mod in (emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c, emerg_non_d):
        for text, kind, family in mod.ITEMS:
            recs.append({"text": text, "emergency": kind == "now", "kind": kind, "family": family})
    return recs


def write(name, recs, seed, letter):
    random.Random(seed).shuffle(recs)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            row = {"id": f"{PREFIX}-{letter}{i:03d}"}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(recs)}")


def main():
    write("privacy.jsonl", privacy_records(), SEED_PRIVACY, "p")
    write("triage.jsonl", triage_records(), SEED_TRIAGE, "t")
    write("emergency.jsonl", emergency_records(), SEED_EMERGENCY, "e")


if __name__ == "__main__":
    main()
