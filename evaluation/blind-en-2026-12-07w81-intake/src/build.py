"""Build the writer-81 test set: shuffle each task with its seed, assign ids, write JSONL files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "br"
TASKS = [
    # (task, id letter, seed, output file, source modules in fixed order)
    ("privacy", "p", 8101, "privacy.jsonl",
     ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5"]),
    ("triage", "t", 8102, "triage.jsonl",
     ["triage_1", "triage_2"]),
    ("emergency", "e", 8103, "emergency.jsonl",
     ["emergency_now_1", "emergency_now_2", "emergency_non_1", "emergency_non_2", "emergency_non_3"]),
]


def main():
    for task, letter, seed, fname, modules in TASKS:
        items = []
        for m in modules:
            mod = importlib.import_module(m)
            items.extend(dict(it) for it in mod.ITEMS)
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, fname)
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": f"{PREFIX}-{letter}{i:03d}"}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(items)} rows to {fname}")


if __name__ == "__main__":
    main()
