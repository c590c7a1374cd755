"""Build the three jsonl files for writer 116 (prefix db). Standard library only."""
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
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5  # noqa: E402

PREFIX = "db"
SEEDS = {"privacy": 11601, "triage": 11602, "emergency": 11603}

TASKS = {
    "privacy": ("p", [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5],
                ["text", "identifiers", "quasi"]),
    "triage": ("t", [triage_1, triage_2], ["text", "department", "age_range", "gender"]),
    "emergency": ("e", [emergency_now_1, emergency_now_2, emergency_now_3,
                        emergency_non_1, emergency_non_2, emergency_non_3,
                        emergency_non_4, emergency_non_5],
                  ["text", "emergency", "kind", "family"]),
}


def main():
    for task, (letter, mods, fields) in TASKS.items():
        items = []
        for m in mods:
            items.extend(dict(x) for x in m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                for f in fields:
                    row[f] = it[f]
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
