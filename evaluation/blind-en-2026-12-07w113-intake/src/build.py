"""Build the writer-113 test set: shuffle each task with its seed, assign ids, write jsonl files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2, emergency_now_3  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5  # noqa: E402

PREFIX = "cy"
SEEDS = {"privacy": 11301, "triage": 11302, "emergency": 11303}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}
SOURCES = {
    "privacy": [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5],
    "triage": [triage_1, triage_2],
    "emergency": [emergency_now_1, emergency_now_2, emergency_now_3,
                  emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5],
}


def main():
    for task in ("privacy", "triage", "emergency"):
        items = []
        for mod in SOURCES[task]:
            items.extend(dict(it) for it in mod.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for n, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], n)}
                row.update(it)
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
