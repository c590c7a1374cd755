"""Collect the hand-written items, shuffle with fixed seeds, assign ids, write JSONL files.
Standard library only. Run: python3 src/build.py"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c, emergency_extra  # noqa: E402

PREFIX = "ap"
SEED_PRIVACY = 5301
SEED_TRIAGE = 5302
SEED_EMERGENCY = 5303


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f):
        items.extend(mod.ITEMS)
    random.Random(SEED_PRIVACY).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        seen = []
        idents = []
        for typ, t in ids:
            if (typ, t) in seen:
                continue
            seen.append((typ, t))
            idents.append({"type": typ, "text": t})
        rows.append({"id": "%s-p%03d" % (PREFIX, i), "text": text, "identifiers": idents, "quasi": list(quasi)})
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    # triage
    items = list(triage_a.ITEMS) + list(triage_b.ITEMS)
    random.Random(SEED_TRIAGE).shuffle(items)
    rows = []
    for i, (text, dept, age, gender) in enumerate(items, 1):
        rows.append({"id": "%s-t%03d" % (PREFIX, i), "text": text, "department": dept, "age_range": age, "gender": gender})
    write(os.path.join(OUT, "triage.jsonl"), rows)

    # emergency
    items = []
    for mod in (emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c, emergency_extra):
        items.extend(mod.ITEMS)
    random.Random(SEED_EMERGENCY).shuffle(items)
    rows = []
    for i, (text, emerg, kind, family) in enumerate(items, 1):
        rows.append({"id": "%s-e%03d" % (PREFIX, i), "text": text, "emergency": emerg, "kind": kind, "family": family})
    write(os.path.join(OUT, "emergency.jsonl"), rows)
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl to", OUT)


if __name__ == "__main__":
    main()
