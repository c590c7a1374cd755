"""Build the writer-70 blind test set: shuffle each task with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c  # noqa: E402

PREFIX = "bg"
SEEDS = {"privacy": 7001, "triage": 7002, "emergency": 7003}
OUT = os.path.dirname(HERE)


def build(task, modules, letter):
    items = []
    for m in modules:
        items.extend(dict(it) for it in m.ITEMS)
    random.Random(SEEDS[task]).shuffle(items)
    rows = []
    for i, it in enumerate(items, 1):
        row = {"id": f"{PREFIX}-{letter}{i:03d}"}
        row.update(it)
        rows.append(row)
    path = os.path.join(OUT, f"{task}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(rows)} rows")


build("privacy", [privacy_a, privacy_b, privacy_c, privacy_d], "p")
build("triage", [triage_a, triage_b], "t")
build("emergency", [emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c], "e")
