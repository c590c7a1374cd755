"""Build the writer-95 (prefix cg) test set: shuffle each task with its seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2, emergency_now_3  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5  # noqa: E402

PREFIX = "cg"
SEEDS = {"privacy": 9501, "triage": 9502, "emergency": 9503}

TASKS = {
    "privacy": ("p", [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6],
                ["text", "identifiers", "quasi"]),
    "triage": ("t", [triage_1, triage_2], ["text", "department", "age_range", "gender"]),
    "emergency": ("e", [emergency_now_1, emergency_now_2, emergency_now_3,
                        emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5],
                  ["text", "emergency", "kind", "family"]),
}


def main():
    for task, (letter, modules, fields) in TASKS.items():
        items = []
        for m in modules:
            items.extend(m.ITEMS)
        rng = random.Random(SEEDS[task])
        rng.shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
                for k in fields:
                    row[k] = it[k]
                extra = set(it) - set(fields)
                if extra:
                    raise SystemExit("unexpected fields %s in %s item %r" % (extra, task, it["text"][:40]))
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s: %d rows" % (path, len(items)))


if __name__ == "__main__":
    main()
