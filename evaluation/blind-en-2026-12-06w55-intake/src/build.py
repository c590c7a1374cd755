"""Collect the hand-written items, shuffle each set with its seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PREFIX = "ar"
SEEDS = {"privacy": 5501, "triage": 5502, "emergency": 5503}

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f
import triage_a, triage_b
import emergency_now_a, emergency_now_b
import emergency_non_a, emergency_non_b, emergency_non_c, emergency_non_d, emergency_non_e


def privacy_items():
    out = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f):
        for text, ids, quasi in mod.ITEMS:
            seen = []
            for typ, s in ids:
                if (typ, s) not in seen:
                    seen.append((typ, s))
            out.append({
                "text": text,
                "identifiers": [{"type": t, "text": s} for t, s in seen],
                "quasi": list(quasi),
            })
    return out


def triage_items():
    out = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            out.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return out


def emergency_items():
    out = []
    for mod in (emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b,
                emergency_non_c, emergency_non_d, emergency_non_e):
        for text, kind, family in mod.ITEMS:
            out.append({"text": text, "emergency": kind == "now", "kind": kind, "family": family})
    return out


def write(name, letter, items, seed):
    rng = random.Random(seed)
    items = list(items)
    rng.shuffle(items)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(it)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(items)))


if __name__ == "__main__":
    write("privacy", "p", privacy_items(), SEEDS["privacy"])
    write("triage", "t", triage_items(), SEEDS["triage"])
    write("emergency", "e", emergency_items(), SEEDS["emergency"])
