"""Build the writer-59 blind test set from the hand-written src files.

Collects items from src/privacy_*.py, src/triage_*.py, src/emergency_*.py,
shuffles each output file with a fixed seed (5901 privacy, 5902 triage,
5903 emergency), assigns ids in order and writes the three JSONL files
into the output folder (parent of src/).
"""
import glob
import importlib.util
import json
import os
import random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
PREFIX = "av"
SEEDS = {"privacy": 5901, "triage": 5902, "emergency": 5903}


def load(pattern):
    items = []
    for path in sorted(glob.glob(os.path.join(SRC, pattern))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items


def write(name, rows):
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    raw = load("privacy_*.py")
    random.Random(SEEDS["privacy"]).shuffle(raw)
    rows = []
    for i, (text, idents, quasi) in enumerate(raw, 1):
        seen = []
        for t, s in idents:
            if (t, s) not in seen:
                seen.append((t, s))
        rows.append({
            "id": "%s-p%03d" % (PREFIX, i),
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in seen],
            "quasi": list(quasi),
        })
    write("privacy", rows)

    # triage
    raw = load("triage_*.py")
    random.Random(SEEDS["triage"]).shuffle(raw)
    rows = []
    for i, (text, dept, age, gender) in enumerate(raw, 1):
        rows.append({
            "id": "%s-t%03d" % (PREFIX, i),
            "text": text,
            "department": dept,
            "age_range": age,
            "gender": gender,
        })
    write("triage", rows)

    # emergency
    raw = load("emergency_now_*.py") + load("emergency_non_*.py")
    random.Random(SEEDS["emergency"]).shuffle(raw)
    rows = []
    for i, (text, kind, family) in enumerate(raw, 1):
        rows.append({
            "id": "%s-e%03d" % (PREFIX, i),
            "text": text,
            "emergency": kind == "now",
            "kind": kind,
            "family": family,
        })
    write("emergency", rows)
    print("built privacy/triage/emergency in", OUT)


if __name__ == "__main__":
    main()
