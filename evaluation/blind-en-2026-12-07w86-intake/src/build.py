"""Build the blind test set for writer 86 (prefix bw). Standard library only."""
import importlib.util
import json
import os
import random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
PREFIX = "bw"

TASKS = [
    ("privacy", "p", 8601, ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6"]),
    ("triage", "t", 8602, ["triage_1", "triage_2"]),
    ("emergency", "e", 8603, ["emergency_now_1", "emergency_now_2", "emergency_now_3", "emergency_now_4",
                              "emergency_non_1", "emergency_non_2", "emergency_non_3", "emergency_non_4",
                              "emergency_non_5", "emergency_non_6"]),
]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(SRC, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.ITEMS)


def main():
    for task, letter, seed, files in TASKS:
        items = []
        for f in files:
            items.extend(load(f))
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for i, item in enumerate(items, 1):
                rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                rec.update(item)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote %s: %d items" % (path, len(items)))


if __name__ == "__main__":
    main()
