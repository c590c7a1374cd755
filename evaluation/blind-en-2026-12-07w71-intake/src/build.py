"""Build the writer-71 test set: shuffle each task with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b  # noqa: E402
import emergency_non_a, emergency_non_b, emergency_non_c, emergency_non_d  # noqa: E402

PREFIX = "bh"
SEEDS = {"privacy": 7101, "triage": 7102, "emergency": 7103}
CODES = {"privacy": "p", "triage": "t", "emergency": "e"}

TASKS = {
    "privacy": [privacy_a, privacy_b, privacy_c, privacy_d, privacy_e],
    "triage": [triage_a, triage_b],
    "emergency": [emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b,
                  emergency_non_c, emergency_non_d],
}


def main():
    for task, mods in TASKS.items():
        items = []
        for m in mods:
            items.extend(dict(it) for it in m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, f"{task}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": f"{PREFIX}-{CODES[task]}{i:03d}"}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(items)} rows to {path}")


if __name__ == "__main__":
    main()
