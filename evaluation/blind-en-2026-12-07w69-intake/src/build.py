"""Build the three JSONL files from the hand-written item modules (fixed order, seeded shuffle)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f, privacy_g  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_a, emergency_b, emergency_c, emergency_d, emergency_e, emergency_f  # noqa: E402

PREFIX = "bf"
TASKS = [
    ("privacy", "p", 6901, [privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f, privacy_g]),
    ("triage", "t", 6902, [triage_a, triage_b]),
    ("emergency", "e", 6903, [emergency_a, emergency_b, emergency_c, emergency_d, emergency_e, emergency_f]),
]


def main():
    for name, letter, seed, modules in TASKS:
        items = []
        for m in modules:
            items.extend(dict(it) for it in m.ITEMS)
        random.Random(seed).shuffle(items)
        path = os.path.join(OUT, f"{name}.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for i, it in enumerate(items, 1):
                row = {"id": f"{PREFIX}-{letter}{i:03d}"}
                row.update(it)
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {path}: {len(items)} rows")


if __name__ == "__main__":
    main()
