"""Build the three JSONL files for writer 101 (prefix cm) from the hand-written src files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "cm"
SEEDS = {"privacy": 10101, "triage": 10102, "emergency": 10103}

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6, privacy_7  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2, emergency_now_3  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5  # noqa: E402

PRIVACY = [privacy_1, privacy_2, privacy_3, privacy_4, privacy_5, privacy_6, privacy_7]
TRIAGE = [triage_1, triage_2]
EMERGENCY = [emergency_now_1, emergency_now_2, emergency_now_3,
             emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5]


def collect(mods):
    items = []
    for m in mods:
        items.extend(dict(x) for x in m.ITEMS)
    return items


def write(task, letter, mods, fields):
    items = collect(mods)
    random.Random(SEEDS[task]).shuffle(items)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in fields:
                row[k] = it[k]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d rows)" % (path, len(items)))


write("privacy", "p", PRIVACY, ["text", "identifiers", "quasi"])
write("triage", "t", TRIAGE, ["text", "department", "age_range", "gender"])
write("emergency", "e", EMERGENCY, ["text", "emergency", "kind", "family"])
