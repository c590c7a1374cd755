#!/usr/bin/env python3
"""Build the writer-64 blind test set (prefix ba) from the hand-written src files.

Collects items from src/privacy_*.py, src/triage_*.py, src/emergency_now_*.py and
src/emergency_non_*.py, shuffles each output file with a fixed seed (6401 privacy,
6402 triage, 6403 emergency), assigns ids in order and writes the three JSONL files
into the output folder (the parent of src/).
"""
import glob
import importlib.util
import json
import os
import random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
PREFIX = "ba"
SEEDS = {"privacy": 6401, "triage": 6402, "emergency": 6403}


def load(pattern):
    items = []
    for path in sorted(glob.glob(os.path.join(SRC, pattern))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items


def privacy():
    rows = []
    for text, idents, quasi in load("privacy_*.py"):
        seen = set()
        ids = []
        for typ, s in idents:
            if (typ, s) in seen:
                continue
            seen.add((typ, s))
            ids.append({"type": typ, "text": s})
        rows.append({"text": text, "identifiers": ids, "quasi": list(quasi)})
    return rows


def triage():
    return [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in load("triage_*.py")]


def emergency():
    rows = [{"text": t, "emergency": True, "kind": "now", "family": f}
            for f, t in load("emergency_now_*.py")]
    rows += [{"text": t, "emergency": False, "kind": k, "family": f}
             for k, f, t in load("emergency_non_*.py")]
    return rows


def write(name, rows, letter):
    random.Random(SEEDS[name]).shuffle(rows)
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            out = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            out.update(row)
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %s (%d items)" % (path, len(rows)))


if __name__ == "__main__":
    write("privacy", privacy(), "p")
    write("triage", triage(), "t")
    write("emergency", emergency(), "e")
