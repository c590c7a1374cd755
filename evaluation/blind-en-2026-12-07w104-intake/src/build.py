#!/usr/bin/env python3
"""Build privacy.jsonl, triage.jsonl, emergency.jsonl from the src item files."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
PREFIX = "cp"
WRITER = 104

PRIVACY = ["privacy_1", "privacy_2", "privacy_3", "privacy_4"]
TRIAGE = ["triage_1", "triage_2"]
EMERGENCY = ["emergency_now_1", "emergency_now_2", "emergency_now_3",
             "emergency_non_1", "emergency_non_2", "emergency_non_3", "emergency_non_4"]


def gather(mods):
    items = []
    for m in mods:
        items.extend(dict(x) for x in importlib.import_module(m).ITEMS)
    return items


def write(name, items, seed, letter, order):
    random.Random(seed).shuffle(items)
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            row = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            for k in order:
                row[k] = it[k]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s (%d)" % (name, len(items)))


write("privacy.jsonl", gather(PRIVACY), WRITER * 100 + 1, "p", ["text", "identifiers", "quasi"])
write("triage.jsonl", gather(TRIAGE), WRITER * 100 + 2, "t", ["text", "department", "age_range", "gender"])
write("emergency.jsonl", gather(EMERGENCY), WRITER * 100 + 3, "e", ["text", "emergency", "kind", "family"])
