"""Build the writer-106 (prefix cr) test set: shuffle each task with its seed and write JSONL files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2, emergency_now_3  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5  # noqa: E402

PREFIX = "cr"
WRITER = 106
SEEDS = {"privacy": WRITER * 100 + 1, "triage": WRITER * 100 + 2, "emergency": WRITER * 100 + 3}

SOURCES = {
    "privacy": [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6],
    "triage": [triage_1, triage_2],
    "emergency": [emergency_now_1, emergency_now_2, emergency_now_3,
                  emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5],
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}
FIELDS = {
    "privacy": ["text", "identifiers", "quasi"],
    "triage": ["text", "department", "age_range", "gender"],
    "emergency": ["text", "emergency", "kind", "family"],
}


def build():
    for task, mods in SOURCES.items():
        items = []
        for m in mods:
            for it in m.ITEMS:
                items.append(dict(it))
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                rec = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                for k in FIELDS[task]:
                    rec[k] = it.get(k)
                for k in it:
                    if k not in rec:
                        rec[k] = it[k]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote %s (%d items, seed %d)" % (path, len(items), SEEDS[task]))


if __name__ == "__main__":
    build()
