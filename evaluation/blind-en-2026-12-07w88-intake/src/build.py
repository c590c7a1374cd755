#!/usr/bin/env python3
"""Build the writer-88 test set: shuffle each task with its seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "by"
TASKS = [
    ("privacy", "p", 8801, ["privacy_1", "privacy_2", "privacy_3", "privacy_4",
                            "privacy_5", "privacy_6", "privacy_7"]),
    ("triage", "t", 8802, ["triage_1", "triage_2"]),
    ("emergency", "e", 8803, ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                              "emergency_non_1", "emergency_non_2", "emergency_non_3",
                              "emergency_non_4", "emergency_non_5"]),
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
                rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                rec.update(it)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote %s (%d items)" % (path, len(items)))


if __name__ == "__main__":
    main()
