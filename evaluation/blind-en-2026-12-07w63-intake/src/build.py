#!/usr/bin/env python3
"""Build the writer-63 blind test set from the hand-written item files in src/.

Each src file is shuffled with a fixed seed (seed + file index), files are taken
in sorted name order, and ids are assigned in that order.
"""
import json
import random
import runpy
from pathlib import Path

WRITER = 63
PREFIX = "az"
SEED_PRIVACY = 6301
SEED_TRIAGE = 6302
SEED_EMERGENCY = 6303

SRC = Path(__file__).resolve().parent
OUT = SRC.parent


def load(pattern):
    files = sorted(SRC.glob(pattern))
    return [(f.name, list(runpy.run_path(str(f))["ITEMS"])) for f in files]


def collect(pattern, seed):
    items = []
    for i, (_name, file_items) in enumerate(load(pattern)):
        rnd = random.Random(seed * 100 + i)
        rnd.shuffle(file_items)
        items.extend(file_items)
    return items


def dedupe_list(seq):
    out, seen = [], set()
    for x in seq:
        key = json.dumps(x, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    privacy = []
    for n, (text, idents, quasi) in enumerate(collect("privacy_*.py", SEED_PRIVACY), 1):
        privacy.append({
            "id": f"{PREFIX}-p{n:03d}",
            "text": text,
            "identifiers": dedupe_list([{"type": t, "text": s} for t, s in idents]),
            "quasi": dedupe_list(list(quasi)),
        })
    triage = []
    for n, (text, dept, age, gender) in enumerate(collect("triage_*.py", SEED_TRIAGE), 1):
        triage.append({"id": f"{PREFIX}-t{n:03d}", "text": text, "department": dept,
                       "age_range": age, "gender": gender})
    emergency = []
    for n, (text, emer, kind, family) in enumerate(collect("emergency_*.py", SEED_EMERGENCY), 1):
        emergency.append({"id": f"{PREFIX}-e{n:03d}", "text": text, "emergency": emer,
                          "kind": kind, "family": family})
    write(OUT / "privacy.jsonl", privacy)
    write(OUT / "triage.jsonl", triage)
    write(OUT / "emergency.jsonl", emergency)
    print(f"wrote {len(privacy)} privacy, {len(triage)} triage, {len(emergency)} emergency items")


if __name__ == "__main__":
    main()
