"""Build the writer-80 test set: shuffle each task with its seed, assign ids, write JSONL files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "bq"
TASKS = [
    ("privacy", "p", 8001, ["privacy_names", "privacy_contact", "privacy_quasi",
                            "privacy_traps_a", "privacy_traps_b"]),
    ("triage", "t", 8002, ["triage_a", "triage_b"]),
    ("emergency", "e", 8003, ["emergency_now_a", "emergency_now_b",
                              "emergency_non_a", "emergency_non_b",
                              "emergency_non_c", "emergency_non_d"]),
]

FIELDS = {
    "privacy": ["text", "identifiers", "quasi"],
    "triage": ["text", "department", "age_range", "gender"],
    "emergency": ["text", "emergency", "kind", "family"],
}


def main():
    for task, letter, seed, modules in TASKS:
        items = []
        for name in modules:
            mod = importlib.import_module(name)
            items.extend(mod.ITEMS)
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, item in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                for k in FIELDS[task]:
                    row[k] = item[k]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
