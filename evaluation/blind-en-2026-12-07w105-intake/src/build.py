"""Build the writer-105 (prefix cq) test set: shuffle each task with its seed, assign ids, write jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_1, privacy_2, privacy_3, privacy_4, privacy_5  # noqa: E402
import triage_1, triage_2  # noqa: E402
import emergency_now_1, emergency_now_2  # noqa: E402
import emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4  # noqa: E402

PREFIX = "cq"
SEED_PRIVACY = 10501
SEED_TRIAGE = 10502
SEED_EMERGENCY = 10503


def collect(mods):
    items = []
    for m in mods:
        for it in m.ITEMS:
            items.append(dict(it))
    return items


def finish(items, seed, letter, fields, path):
    random.Random(seed).shuffle(items)
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in fields:
                rec[k] = it[k]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(items)


def main():
    p = collect([privacy_1, privacy_2, privacy_3, privacy_4, privacy_5])
    t = collect([triage_1, triage_2])
    e = collect([emergency_now_1, emergency_now_2,
                 emergency_non_1, emergency_non_2, emergency_non_3, emergency_non_4])
    n1 = finish(p, SEED_PRIVACY, "p", ["text", "identifiers", "quasi"], os.path.join(OUT, "privacy.jsonl"))
    n2 = finish(t, SEED_TRIAGE, "t", ["text", "department", "age_range", "gender"], os.path.join(OUT, "triage.jsonl"))
    n3 = finish(e, SEED_EMERGENCY, "e", ["text", "emergency", "kind", "family"], os.path.join(OUT, "emergency.jsonl"))
    print("wrote privacy %d, triage %d, emergency %d" % (n1, n2, n3))


if __name__ == "__main__":
    main()
