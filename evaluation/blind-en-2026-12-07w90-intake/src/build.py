"""Build the writer-90 test set: shuffle each task with its seed, assign ids, write JSONL.
Standard library only."""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "cb"

TASKS = [
    ("privacy", "p", 9001, ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6"]),
    ("triage", "t", 9002, ["triage_1", "triage_2"]),
    ("emergency", "e", 9003, ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                              "emergency_non_1", "emergency_non_2", "emergency_non_3",
                              "emergency_non_4", "emergency_non_5"]),
]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ITEMS


def main():
    for task, letter, seed, files in TASKS:
        items = []
        for f in files:
            items.extend(load(f))
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for i, item in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                row.update(item)
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d items)" % (path, len(items)))


if __name__ == "__main__":
    main()
