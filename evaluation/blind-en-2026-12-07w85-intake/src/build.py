#!/usr/bin/env python3
"""Build the writer-85 (prefix bv) test set: shuffle each task with its seed and write JSONL files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "bv"
SEEDS = {"privacy": 8501, "triage": 8502, "emergency": 8503}
MODULES = {
    "privacy": ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6"],
    "triage": ["triage_1", "triage_2"],
    "emergency": ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                  "emergency_non_1", "emergency_non_2", "emergency_non_3",
                  "emergency_non_4", "emergency_non_5"],
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}
FIELDS = {
    "privacy": ["text", "identifiers", "quasi"],
    "triage": ["text", "department", "age_range", "gender"],
    "emergency": ["text", "emergency", "kind", "family"],
}


def load(task):
    items = []
    for name in MODULES[task]:
        mod = importlib.import_module(name)
        items.extend(mod.ITEMS)
    return items


def main():
    for task in ("privacy", "triage", "emergency"):
        items = load(task)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for i, item in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                for f in FIELDS[task]:
                    row[f] = item.get(f)
                for k in item:
                    if k not in FIELDS[task]:
                        row[k] = item[k]  # left in so count.py flags it
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
