"""Build the blind test set for writer 72 (prefix bi).

Imports the hand-written item files in a fixed order, shuffles each task with its
own seed, assigns ids and writes privacy.jsonl, triage.jsonl, emergency.jsonl
into the output folder (the parent of src/).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_ids_a, privacy_ids_b, privacy_ids_c  # noqa: E402
import privacy_traps_a, privacy_traps_b  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_now_c  # noqa: E402
import emergency_non_a, emergency_non_b, emergency_non_c  # noqa: E402

PREFIX = "bi"
SEEDS = {"privacy": 7201, "triage": 7202, "emergency": 7203}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}

SOURCES = {
    "privacy": [privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_traps_a, privacy_traps_b],
    "triage": [triage_a, triage_b],
    "emergency": [emergency_now_a, emergency_now_b, emergency_now_c,
                  emergency_non_a, emergency_non_b, emergency_non_c],
}


def main():
    for task in ("privacy", "triage", "emergency"):
        items = []
        for mod in SOURCES[task]:
            items.extend(dict(it) for it in mod.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, f"{task}.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for n, it in enumerate(items, 1):
                row = {"id": f"{PREFIX}-{LETTER[task]}{n:03d}"}
                row.update(it)
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(items)} rows to {path}")


if __name__ == "__main__":
    main()
