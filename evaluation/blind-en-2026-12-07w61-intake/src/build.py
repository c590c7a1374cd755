#!/usr/bin/env python3
"""Writer 61 build: collect hand-written items from src/*.py, shuffle with fixed seeds, assign ids, write JSONL."""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "ax"
SEEDS = {"privacy": 6101, "triage": 6102, "emergency": 6103}


def load(pattern):
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    items = load("privacy_*.py")
    random.Random(SEEDS["privacy"]).shuffle(items)
    rows = []
    for i, (text, ids, quasi) in enumerate(items, 1):
        seen = []
        for typ, s in ids:
            if (typ, s) not in seen:
                seen.append((typ, s))
        rows.append({
            "id": f"{PREFIX}-p{i:03d}",
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in seen],
            "quasi": list(quasi),
        })
    write("privacy.jsonl", rows)

    # triage
    items = load("triage_*.py")
    random.Random(SEEDS["triage"]).shuffle(items)
    rows = [{"id": f"{PREFIX}-t{i:03d}", "text": t, "department": d, "age_range": a, "gender": g}
            for i, (t, d, a, g) in enumerate(items, 1)]
    write("triage.jsonl", rows)

    # emergency
    items = load("emergency_*.py")
    random.Random(SEEDS["emergency"]).shuffle(items)
    rows = [{"id": f"{PREFIX}-e{i:03d}", "text": t, "emergency": k == "now", "kind": k, "family": fam}
            for i, (t, k, fam) in enumerate(items, 1)]
    write("emergency.jsonl", rows)
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl to", OUT)


if __name__ == "__main__":
    main()
