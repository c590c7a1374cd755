"""Build the writer-117 test set (prefix dc). Every item was written by hand."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2, emergency_now_3  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3  # noqa: E402

PREFIX = "dc"
SEEDS = {"privacy": 11701, "triage": 11702, "emergency": 11703}

TASKS = {
    "privacy": ("p", [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5],
                ["id", "text", "identifiers", "quasi"]),
    "triage": ("t", [triage_1, triage_2],
               ["id", "text", "department", "age_range", "gender"]),
    "emergency": ("e", [emergency_now_1, emergency_now_2, emergency_now_3,
                        emergency_non_1, emergency_non_2, emergency_non_3],
                  ["id", "text", "emergency", "kind", "family"]),
}


def main():
    for task, (letter, mods, keys) in TASKS.items():
        items = []
        for m in mods:
            items.extend(dict(it) for it in m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for n, it in enumerate(items, 1):
                it["id"] = "%s-%s%03d" % (PREFIX, letter, n)
                row = {k: it[k] for k in keys}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote", path, len(items))


if __name__ == "__main__":
    main()
