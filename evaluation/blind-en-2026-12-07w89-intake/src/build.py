"""Build the writer-89 (prefix ca) blind test set. Standard library only."""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "ca"

PRIVACY_FILES = ["privacy_1", "privacy_2", "privacy_3", "privacy_4",
                 "privacy_5", "privacy_6", "privacy_7"]
TRIAGE_FILES = ["triage_1", "triage_2"]
EMERGENCY_FILES = ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                   "emergency_non_1", "emergency_non_2", "emergency_non_3",
                   "emergency_non_4", "emergency_non_5"]
SEEDS = {"privacy": 8901, "triage": 8902, "emergency": 8903}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [dict(x) for x in mod.ITEMS]


def build(task, files):
    items = []
    for f in files:
        items.extend(load(f))
    random.Random(SEEDS[task]).shuffle(items)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
            rec.update(it)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%s: %d items -> %s" % (task, len(items), path))


if __name__ == "__main__":
    build("privacy", PRIVACY_FILES)
    build("triage", TRIAGE_FILES)
    build("emergency", EMERGENCY_FILES)
