"""Build the writer-115 test set (prefix da). Every item was written by hand in the src files."""
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
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4  # noqa: E402

PREFIX = "da"
SEEDS = {"privacy": 11501, "triage": 11502, "emergency": 11503}
TASKS = [
    ("privacy", "p", [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6]),
    ("triage", "t", [triage_1, triage_2]),
    ("emergency", "e", [emergency_now_1, emergency_now_2, emergency_now_3,
                        emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4]),
]


def main():
    for task, letter, mods in TASKS:
        items = []
        for m in mods:
            items.extend(dict(it) for it in m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
