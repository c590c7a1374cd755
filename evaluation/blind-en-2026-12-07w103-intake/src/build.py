"""Build the writer-103 test set: shuffle each task with its seed, assign ids, write JSONL files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "co"
SEEDS = {"privacy": 10301, "triage": 10302, "emergency": 10303}

MODULES = {
    "privacy": ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5"],
    "triage": ["triage_1", "triage_2"],
    "emergency": [
        "emergency_now_1", "emergency_now_2",
        "emergency_non_1", "emergency_non_2", "emergency_non_3", "emergency_non_4",
    ],
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
        with open(path, "w", encoding="utf-8") as f:
            for i, item in enumerate(items, 1):
                rec = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                for k in FIELDS[task]:
                    rec[k] = item[k]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote %s (%d items)" % (path, len(items)))


if __name__ == "__main__":
    main()
