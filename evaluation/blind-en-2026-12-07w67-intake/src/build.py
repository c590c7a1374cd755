"""Build the writer-67 blind test set: shuffle each task with its seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_traps_a, privacy_traps_b  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c  # noqa: E402

PREFIX = "bd"
SEEDS = {"privacy": 6701, "triage": 6702, "emergency": 6703}
SOURCES = {
    "privacy": [privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_traps_a, privacy_traps_b],
    "triage": [triage_a, triage_b],
    "emergency": [emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c],
}
FIELDS = {
    "privacy": ["text", "identifiers", "quasi"],
    "triage": ["text", "department", "age_range", "gender"],
    "emergency": ["text", "emergency", "kind", "family"],
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}


def main():
    for task, mods in SOURCES.items():
        items = []
        for m in mods:
            items.extend(m.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                for k in FIELDS[task]:
                    row[k] = it[k]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
