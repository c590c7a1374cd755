"""Build the three jsonl files for writer 110 (prefix cv). Every item was written by hand."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3  # noqa: E402

PREFIX = "cv"
TASKS = [
    ("privacy", "p", 11001, [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5],
     ["id", "text", "identifiers", "quasi"]),
    ("triage", "t", 11002, [triage_1, triage_2],
     ["id", "text", "department", "age_range", "gender"]),
    ("emergency", "e", 11003, [emergency_now_1, emergency_now_2, emergency_non_1, emergency_non_2, emergency_non_3],
     ["id", "text", "emergency", "kind", "family"]),
]


def main():
    for name, letter, seed, mods, keys in TASKS:
        items = [dict(it) for m in mods for it in m.ITEMS]
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                it["id"] = "%s-%s%03d" % (PREFIX, letter, i)
                row = {k: it[k] for k in keys}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote", path, len(items))


if __name__ == "__main__":
    main()
