"""Collect hand-written items, shuffle each output file with its seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "at"
SEEDS = {"privacy": 5701, "triage": 5702, "emergency": 5703}

PRIVACY_FILES = ["privacy_a", "privacy_b", "privacy_c", "privacy_d", "privacy_e"]
TRIAGE_FILES = ["triage_a", "triage_b"]
EMERGENCY_FILES = ["emergency_now_a", "emergency_now_b", "emergency_now_c",
                   "emergency_non_a", "emergency_non_b", "emergency_non_c",
                   "emergency_non_d", "emergency_non_e", "emergency_non_f"]


def load(names):
    items = []
    for n in names:
        mod = __import__(n)
        items.extend(mod.ITEMS)
    return items


def privacy_record(it):
    return {
        "text": it["text"],
        "identifiers": [{"type": t, "text": x} for t, x in it["ids"]],
        "quasi": list(it["quasi"]),
    }


def triage_record(it):
    return {"text": it["text"], "department": it["department"],
            "age_range": it["age_range"], "gender": it["gender"]}


def emergency_record(it):
    return {"text": it["text"], "emergency": it["kind"] == "now",
            "kind": it["kind"], "family": it["family"]}


def write(fname, letter, records, seed):
    random.Random(seed).shuffle(records)
    path = os.path.join(OUT, fname)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (fname, len(records)))


def main():
    write("privacy.jsonl", "p", [privacy_record(i) for i in load(PRIVACY_FILES)], SEEDS["privacy"])
    write("triage.jsonl", "t", [triage_record(i) for i in load(TRIAGE_FILES)], SEEDS["triage"])
    write("emergency.jsonl", "e", [emergency_record(i) for i in load(EMERGENCY_FILES)], SEEDS["emergency"])


if __name__ == "__main__":
    main()
