"""Build the en107-intake blind test set (writer 107, prefix cs)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "cs"
SEEDS = {"privacy": 10701, "triage": 10702, "emergency": 10703}

PRIVACY_MODULES = ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6"]
TRIAGE_MODULES = ["triage_1", "triage_2", "triage_3"]
EMERGENCY_MODULES = ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                     "emergency_non_1", "emergency_non_2", "emergency_non_3", "emergency_non_4"]


def load(mods):
    items = []
    for m in mods:
        mod = __import__(m)
        items.extend(dict(x) for x in mod.ITEMS)
    return items


def write(name, letter, items, seed):
    random.Random(seed).shuffle(items)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(it)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", path, len(items))


def main():
    write("privacy", "p", load(PRIVACY_MODULES), SEEDS["privacy"])
    write("triage", "t", load(TRIAGE_MODULES), SEEDS["triage"])
    write("emergency", "e", load(EMERGENCY_MODULES), SEEDS["emergency"])


if __name__ == "__main__":
    main()
