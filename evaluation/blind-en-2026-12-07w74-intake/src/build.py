"""Build the writer-74 blind test set (prefix bk) from the hand-written src files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d          # noqa: E402
import triage_a, triage_b                                  # noqa: E402
import emerg_now_a, emerg_now_b                            # noqa: E402
import emerg_non_a, emerg_non_b, emerg_non_c               # noqa: E402

PREFIX = "bk"
SEEDS = {"privacy": 7401, "triage": 7402, "emergency": 7403}

TASKS = [
    ("privacy", "p", [privacy_a, privacy_b, privacy_c, privacy_d]),
    ("triage", "t", [triage_a, triage_b]),
    ("emergency", "e", [emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c]),
]


def main():
    for task, letter, modules in TASKS:
        items = []
        for m in modules:
            items.extend(dict(it) for it in m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, f"{task}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for n, it in enumerate(items, 1):
                row = {"id": f"{PREFIX}-{letter}{n:03d}"}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {path}: {len(items)} rows")


if __name__ == "__main__":
    main()
