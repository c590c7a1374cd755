"""Build the three .jsonl files from the hand-written items. Writer 119, prefix de."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import privacy_ids_a, privacy_ids_b, privacy_ids_c, privacy_traps_a, privacy_traps_b  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c  # noqa: E402

PREFIX = "de"
SEEDS = {"privacy": 11901, "triage": 11902, "emergency": 11903}
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def privacy_items():
    out = []
    for mod in (privacy_ids_a, privacy_ids_b, privacy_ids_c):
        for text, ids, quasi in mod.ITEMS:
            idents = []
            for ident in ids:
                d = {"type": ident[0], "text": ident[1]}
                if len(ident) > 2:
                    d["occurrence"] = ident[2]
                idents.append(d)
            out.append({"text": text, "identifiers": idents, "quasi": list(quasi)})
    for mod in (privacy_traps_a, privacy_traps_b):
        for text in mod.ITEMS:
            out.append({"text": text, "identifiers": [], "quasi": []})
    return out


def triage_items():
    out = []
    for mod in (triage_a, triage_b):
        for text, dept, age, gender in mod.ITEMS:
            out.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    return out


def emergency_items():
    out = []
    for mod in (emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b, emergency_non_c):
        for text, emerg, kind, family in mod.ITEMS:
            out.append({"text": text, "emergency": emerg, "kind": kind, "family": family})
    return out


def write(task, letter, items):
    random.Random(SEEDS[task]).shuffle(items)
    path = os.path.join(OUT, task + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, item in enumerate(items, 1):
            rec = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            rec.update(item)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(items)))


if __name__ == "__main__":
    write("privacy", "p", privacy_items())
    write("triage", "t", triage_items())
    write("emergency", "e", emergency_items())
