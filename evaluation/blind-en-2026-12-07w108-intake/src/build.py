"""Build privacy.jsonl, triage.jsonl, emergency.jsonl for writer 108 (prefix ct)."""
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
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4  # noqa: E402

PREFIX = "ct"
WRITER = 108


def collect(mods):
    items = []
    for m in mods:
        items.extend(dict(x) for x in m.ITEMS)
    return items


def emit(name, items, seed, letter, keys):
    rng = random.Random(seed)
    items = list(items)
    rng.shuffle(items)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in keys:
                row[k] = it[k]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (name, len(items)))


def main():
    privacy = collect([privacy_1, privacy_2, privacy_3, privacy_4, privacy_5])
    for it in privacy:
        it.setdefault("quasi", [])
        it.setdefault("identifiers", [])
    triage = collect([triage_1, triage_2])
    emergency = collect([emergency_now_1, emergency_now_2, emergency_now_3,
                         emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4])
    emit("privacy.jsonl", privacy, WRITER * 100 + 1, "p", ["text", "identifiers", "quasi"])
    emit("triage.jsonl", triage, WRITER * 100 + 2, "t", ["text", "department", "age_range", "gender"])
    emit("emergency.jsonl", emergency, WRITER * 100 + 3, "e", ["text", "emergency", "kind", "family"])


if __name__ == "__main__":
    main()
