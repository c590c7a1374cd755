"""Build the writer-112 test set (prefix cx). Standard library only."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "cx"
SEEDS = {"privacy": 11201, "triage": 11202, "emergency": 11203}
MODULES = {
    "privacy": ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5"],
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


def main():
    for task in ["privacy", "triage", "emergency"]:
        items = []
        for name in MODULES[task]:
            items.extend(importlib.import_module(name).ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, item in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                for k in FIELDS[task]:
                    row[k] = item[k]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %d rows to %s" % (len(items), path))


if __name__ == "__main__":
    main()
