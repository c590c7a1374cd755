"""Build the en94 (prefix cf) test set: shuffle each task with its seed, assign ids, write JSONL."""
import importlib.util
import json
import os
import random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
PREFIX = "cf"
SEEDS = {"privacy": 9401, "triage": 9402, "emergency": 9403}
FILES = {
    "privacy": ["privacy_1", "privacy_2", "privacy_3", "privacy_4", "privacy_5", "privacy_6"],
    "triage": ["triage_1", "triage_2"],
    "emergency": ["emergency_now_1", "emergency_now_2", "emergency_now_3",
                  "emergency_non_1", "emergency_non_2", "emergency_non_3",
                  "emergency_non_4", "emergency_non_5"],
}
LETTER = {"privacy": "p", "triage": "t", "emergency": "e"}
FIELDS = {
    "privacy": ["text", "identifiers", "quasi"],
    "triage": ["text", "department", "age_range", "gender"],
    "emergency": ["text", "emergency", "kind", "family"],
}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(SRC, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.ITEMS)


def main():
    for task in ("privacy", "triage", "emergency"):
        items = []
        for name in FILES[task]:
            items.extend(load(name))
        random.Random(SEEDS[task]).shuffle(items)
        path = os.path.join(OUT, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for i, item in enumerate(items, 1):
                row = {"id": "%s-%s%03d" % (PREFIX, LETTER[task], i)}
                for f in FIELDS[task]:
                    row[f] = item[f]
                extra = set(item) - set(FIELDS[task])
                if extra:
                    raise SystemExit("unexpected fields %s in %s item %r" % (extra, task, item["text"][:40]))
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %s (%d rows)" % (path, len(items)))


if __name__ == "__main__":
    main()
