"""Build the writer-84 test set: shuffle each task with its seed, assign ids, write jsonl files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3  # noqa: E402

PREFIX = "bu"
TASKS = [
    ("privacy", "p", 8401, [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5]),
    ("triage", "t", 8402, [triage_1, triage_2]),
    ("emergency", "e", 8403, [emergency_now_1, emergency_now_2, emergency_non_1, emergency_non_2, emergency_non_3]),
]


def main():
    for name, letter, seed, mods in TASKS:
        items = []
        for m in mods:
            items.extend(dict(it) for it in m.ITEMS)
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
