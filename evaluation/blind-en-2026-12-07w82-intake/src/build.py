"""Build the three jsonl files for writer 82 (prefix bs)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_01, privacy_02, privacy_03, privacy_04, privacy_05, privacy_06, privacy_07  # noqa: E402
import triage_01, triage_02, triage_03, triage_04  # noqa: E402
import emergency_now_01, emergency_now_02, emergency_now_03  # noqa: E402
import emergency_non_01, emergency_non_02, emergency_non_03  # noqa: E402

PREFIX = "bs"
SEEDS = {"privacy": 8201, "triage": 8202, "emergency": 8203}
CODES = {"privacy": "p", "triage": "t", "emergency": "e"}

SOURCES = {
    "privacy": [privacy_01, privacy_02, privacy_03, privacy_04, privacy_05, privacy_06, privacy_07],
    "triage": [triage_01, triage_02, triage_03, triage_04],
    "emergency": [emergency_now_01, emergency_now_02, emergency_now_03,
                  emergency_non_01, emergency_non_02, emergency_non_03],
}


def main():
    for task in ("privacy", "triage", "emergency"):
        items = []
        for mod in SOURCES[task]:
            items.extend(dict(it) for it in mod.ITEMS)
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, CODES[task], i)}
                row.update(it)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
