"""Build the en87-intake blind test set (writer 87, prefix bx). Standard library only."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "bx"
SEEDS = {"privacy": 8701, "triage": 8702, "emergency": 8703}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}

# fixed import order
MODULES = {
    "privacy": ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6"],
    "triage": ["triage_1", "triage_2"],
    "emergency": [
        "emergency_now_1", "emergency_now_2", "emergency_now_3",
        "emergency_non_1", "emergency_non_2", "emergency_non_3", "emergency_non_4", "emergency_non_5",
    ],
}


def load(task):
    items = []
    for name in MODULES[task]:
        mod = importlib.import_module(name)
        for it in mod.ITEMS:
            items.append(dict(it))
    return items


def main():
    for task in ("privacy", "triage", "emergency"):
        items = load(task)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                rec = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                rec.update(it)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote %s (%d items)" % (path, len(items)))


if __name__ == "__main__":
    main()
