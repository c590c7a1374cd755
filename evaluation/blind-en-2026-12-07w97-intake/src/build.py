"""Build the en97 (prefix ci) test set: shuffle each task with its seed, assign ids, write JSONL."""
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

PREFIX = "ci"
SEEDS = {"privacy": 9701, "triage": 9702, "emergency": 9703}

PRIVACY = [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6]
TRIAGE = [triage_1, triage_2]
EMERGENCY = [emergency_now_1, emergency_now_2, emergency_now_3,
             emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5]


def collect(mods):
    items = []
    for m in mods:
        items.extend(m.ITEMS)
    return items


def write(task, letter, items, fields):
    items = list(items)
    random.Random(SEEDS[task]).shuffle(items)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, n)}
            for k in fields:
                row[k] = it[k]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d rows)" % (path, len(items)))


def main():
    priv = []
    for it in collect(PRIVACY):
        priv.append({"text": it["text"],
                     "identifiers": [{"type": d["type"], "text": d["text"]} for d in it["identifiers"]],
                     "quasi": list(it["quasi"])})
    write("privacy", "p", priv, ["text", "identifiers", "quasi"])
    write("triage", "t", collect(TRIAGE), ["text", "department", "age_range", "gender"])
    write("emergency", "e", collect(EMERGENCY), ["text", "emergency", "kind", "family"])


if __name__ == "__main__":
    main()
