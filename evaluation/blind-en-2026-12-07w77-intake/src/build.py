"""Build the writer-77 blind test set (prefix bn) from the hand-written src files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b  # noqa: E402
import emergency_non_a, emergency_non_b, emergency_non_c  # noqa: E402

PREFIX = "bn"
SEEDS = {"privacy": 7701, "triage": 7702, "emergency": 7703}

TASKS = [
    ("privacy", "p", [privacy_a, privacy_b, privacy_c, privacy_d]),
    ("triage", "t", [triage_a, triage_b]),
    ("emergency", "e", [emergency_now_a, emergency_now_b,
                        emergency_non_a, emergency_non_b, emergency_non_c]),
]


def main():
    for task, letter, mods in TASKS:
        items = []
        for m in mods:
            items.extend(dict(x) for x in m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, item in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                row.update(item)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %d rows to %s" % (len(items), path))


if __name__ == "__main__":
    main()
