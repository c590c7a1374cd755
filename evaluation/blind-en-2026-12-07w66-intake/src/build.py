#!/usr/bin/env python3
"""Build the writer-66 blind test set (prefix bc) from the hand-written src files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d  # noqa: E402
import privacy_traps_a, privacy_traps_b, privacy_traps_c  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_now_c  # noqa: E402
import emergency_non_a, emergency_non_b, emergency_non_c, emergency_non_d, emergency_non_e  # noqa: E402

PREFIX = "bc"
SEEDS = {"privacy": 6601, "triage": 6602, "emergency": 6603}

SOURCES = {
    "privacy": [privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_ids_d,
                privacy_traps_a, privacy_traps_b, privacy_traps_c],
    "triage": [triage_a, triage_b],
    "emergency": [emergency_now_a, emergency_now_b, emergency_now_c,
                  emergency_non_a, emergency_non_b, emergency_non_c, emergency_non_d, emergency_non_e],
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}
FIELDS = {
    "privacy": ["text", "identifiers", "quasi"],
    "triage": ["text", "department", "age_range", "gender"],
    "emergency": ["text", "emergency", "kind", "family"],
}


def main():
    for task, mods in SOURCES.items():
        items = []
        for m in mods:
            items.extend(m.ITEMS)
        items = [dict(it) for it in items]
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, f"{task}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": f"{PREFIX}-{LETTER[task]}{i:03d}"}
                for k in FIELDS[task]:
                    row[k] = it[k]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {path}: {len(items)} rows")


if __name__ == "__main__":
    main()
