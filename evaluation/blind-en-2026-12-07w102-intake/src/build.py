"""Build privacy.jsonl, triage.jsonl, emergency.jsonl for writer 102 (prefix cn)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2, emergency_now_3  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5  # noqa: E402

PREFIX = "cn"
WRITER = 102
SEEDS = {"privacy": WRITER * 100 + 1, "triage": WRITER * 100 + 2, "emergency": WRITER * 100 + 3}


def collect(mods):
    items = []
    for m in mods:
        items.extend(dict(it) for it in m.ITEMS)
    return items


def write(name, items, letter, seed, keys):
    random.Random(seed).shuffle(items)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in keys:
                row[k] = it[k]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(items)))


def main():
    privacy = collect([privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6])
    triage = collect([triage_1, triage_2])
    emergency = collect([emergency_now_1, emergency_now_2, emergency_now_3,
                         emergency_non_1, emergency_non_2, emergency_non_3,
                         emergency_non_4, emergency_non_5])
    write("privacy", privacy, "p", SEEDS["privacy"], ["text", "identifiers", "quasi"])
    write("triage", triage, "t", SEEDS["triage"], ["text", "department", "age_range", "gender"])
    write("emergency", emergency, "e", SEEDS["emergency"], ["text", "emergency", "kind", "family"])


if __name__ == "__main__":
    main()
