"""Build the cl (writer 100) test set: shuffle each task with its seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "cl"
SEEDS = {"privacy": 10001, "triage": 10002, "emergency": 10003}

PRIVACY_FILES = ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6", "privacy_7"]
TRIAGE_FILES = ["triage_1", "triage_2"]
EMERGENCY_FILES = ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                   "emergency_non_1", "emergency_non_2", "emergency_non_3",
                   "emergency_non_4", "emergency_non_5"]


def load(names):
    items = []
    for n in names:
        mod = importlib.import_module(n)
        items.extend(dict(it) for it in mod.ITEMS)
    return items


def write(task, letter, items, fields):
    rng = random.Random(SEEDS[task])
    rng.shuffle(items)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in fields:
                row[k] = it[k]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d rows)" % (path, len(items)))


def main():
    write("privacy", "p", load(PRIVACY_FILES), ["text", "identifiers", "quasi"])
    write("triage", "t", load(TRIAGE_FILES), ["text", "department", "age_range", "gender"])
    write("emergency", "e", load(EMERGENCY_FILES), ["text", "emergency", "kind", "family"])


if __name__ == "__main__":
    main()
