"""Build the jsonl files for writer 109 (prefix cu) from the hand-written src files."""
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

PREFIX = "cu"
WRITER = 109


def collect(mods):
    items = []
    for m in mods:
        items.extend(dict(x) for x in m.ITEMS)
    return items


def build(name, letter, seed, items, keys):
    rng = random.Random(seed)
    rng.shuffle(items)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in keys:
                rec[k] = it[k]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(items)))


build("privacy.jsonl", "p", WRITER * 100 + 1,
      collect([privacy_1, privacy_2, privacy_3, privacy_4, privacy_5]),
      ["text", "identifiers", "quasi"])
build("triage.jsonl", "t", WRITER * 100 + 2,
      collect([triage_1, triage_2]),
      ["text", "department", "age_range", "gender"])
build("emergency.jsonl", "e", WRITER * 100 + 3,
      collect([emergency_now_1, emergency_now_2, emergency_now_3,
               emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4, emergency_non_5]),
      ["text", "emergency", "kind", "family"])
