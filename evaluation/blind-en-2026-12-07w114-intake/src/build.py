"""Build the writer-114 (prefix cz) test set from the hand-written src files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2, emergency_now_3  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5  # noqa: E402

PREFIX = "cz"
SEEDS = {"privacy": 11401, "triage": 11402, "emergency": 11403}


def collect(*mods):
    items = []
    for m in mods:
        items.extend(dict(x) for x in m.ITEMS)
    return items


def write(name, letter, items, seed, keys):
    random.Random(seed).shuffle(items)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in keys:
                row[k] = it[k]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d rows)" % (path, len(items)))


def main():
    write("privacy", "p",
          collect(privacy_1, privacy_2, privacy_3, privacy_4, privacy_5),
          SEEDS["privacy"], ["text", "identifiers", "quasi"])
    write("triage", "t", collect(triage_1, triage_2),
          SEEDS["triage"], ["text", "department", "age_range", "gender"])
    write("emergency", "e",
          collect(emergency_now_1, emergency_now_2, emergency_now_3,
                  emergency_non_1, emergency_non_2, emergency_non_3,
                  emergency_non_4, emergency_non_5),
          SEEDS["emergency"], ["text", "emergency", "kind", "family"])


if __name__ == "__main__":
    main()
