"""Build the blind test set for writer 92 (prefix cd). Standard library only."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "cd"
TASKS = [
    ("privacy", "p", 9201, ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6"]),
    ("triage", "t", 9202, ["triage_1", "triage_2"]),
    ("emergency", "e", 9203, ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                               "emergency_non_1", "emergency_non_2", "emergency_non_3",
                               "emergency_non_4", "emergency_non_5"]),
]


def main():
    for task, letter, seed, modules in TASKS:
        items = []
        for name in modules:
            mod = importlib.import_module(name)
            for it in mod.ITEMS:
                items.append(dict(it))
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                for k, v in it.items():
                    if k != "id":
                        rec[k] = v
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote %s: %d items" % (path, len(items)))


if __name__ == "__main__":
    main()
