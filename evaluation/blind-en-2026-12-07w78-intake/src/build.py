"""Build the writer-78 (prefix bo) test set from the hand-written src files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "bo"
TASKS = [
    ("privacy", "p", 7801, ["privacy_ids_1", "privacy_ids_2", "privacy_ids_3", "privacy_ids_4",
                           "privacy_traps_1", "privacy_traps_2"]),
    ("triage", "t", 7802, ["triage_1", "triage_2"]),
    ("emergency", "e", 7803, ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                             "emergency_non_1", "emergency_non_2", "emergency_non_3", "emergency_non_4"]),
]


def main():
    for task, letter, seed, modules in TASKS:
        items = []
        for name in modules:
            mod = importlib.import_module(name)
            items.extend(dict(it) for it in mod.ITEMS)
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
