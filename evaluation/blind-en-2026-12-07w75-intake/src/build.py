"""Build the writer-75 blind test set: shuffle each task with its seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_now_c  # noqa: E402
import emergency_non_a, emergency_non_b, emergency_non_c  # noqa: E402

PREFIX = "bl"
SEEDS = {"privacy": 7501, "triage": 7502, "emergency": 7503}
SOURCES = {
    "privacy": [privacy_a, privacy_b, privacy_c, privacy_d],
    "triage": [triage_a, triage_b],
    "emergency": [emergency_now_a, emergency_now_b, emergency_now_c,
                  emergency_non_a, emergency_non_b, emergency_non_c],
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
