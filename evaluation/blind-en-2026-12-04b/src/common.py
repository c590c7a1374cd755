"""Shared helpers: shuffle with a fixed seed, assign ids, write JSONL."""
import json
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def write(name, prefix, rows, seed):
    rng = random.Random(seed)
    rows = list(rows)
    rng.shuffle(rows)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"{prefix}{i:03d}"}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {name}")
    return rng
