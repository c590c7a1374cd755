"""Build the cj (writer 98) test set from the hand-written src files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "cj"
SEEDS = {"privacy": 9801, "triage": 9802, "emergency": 9803}

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


def main():
    for task, mods in MODULES.items():
        items = []
        for m in mods:
            items.extend(importlib.import_module(m).ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                for k in FIELDS[task]:
                    row[k] = it[k]
                extra = set(it) - set(FIELDS[task])
                if extra:
                    raise SystemExit("extra fields %s in %r" % (extra, it["text"][:60]))
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
