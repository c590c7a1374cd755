"""Build the blind test set files for writer 76 (prefix bm)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_now_c, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "bm"
SEEDS = {"privacy": 7601, "triage": 7602, "emergency": 7603}
TASKS = {
    "privacy": ("p", [privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f]),
    "triage": ("t", [triage_a, triage_b]),
    "emergency": ("e", [emerg_now_a, emerg_now_b, emerg_now_c, emerg_non_a, emerg_non_b, emerg_non_c]),
}


def main():
    for task, (letter, mods) in TASKS.items():
        items = []
        for m in mods:
            items.extend(dict(it) for it in m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, f"{task}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": f"{PREFIX}-{letter}{i:03d}"}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {path}: {len(items)} rows")


if __name__ == "__main__":
    main()
