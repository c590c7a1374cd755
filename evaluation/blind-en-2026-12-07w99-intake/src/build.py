"""Build the three JSONL test files from the hand-written src item files."""
import importlib.util
import json
import os
import random
import re

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
PREFIX = "ck"
SEEDS = {"privacy": 9901, "triage": 9902, "emergency": 9903}


def load(stem):
    files = [f for f in os.listdir(SRC) if re.fullmatch(stem + r"_(\d+)\.py", f)]
    files.sort(key=lambda f: int(re.search(r"_(\d+)\.py$", f).group(1)))
    items = []
    for f in files:
        spec = importlib.util.spec_from_file_location(f[:-3], os.path.join(SRC, f))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items


def write(name, letter, items, fields):
    rng = random.Random(SEEDS[name])
    items = list(items)
    rng.shuffle(items)
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in fields:
                row[k] = it[k]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s.jsonl (%d rows)" % (name, len(items)))


if __name__ == "__main__":
    write("privacy", "p", load("privacy"), ["text", "identifiers", "quasi"])
    write("triage", "t", load("triage"), ["text", "department", "age_range", "gender"])
    write("emergency", "e", load("emergency_now") + load("emergency_non"),
          ["text", "emergency", "kind", "family"])
