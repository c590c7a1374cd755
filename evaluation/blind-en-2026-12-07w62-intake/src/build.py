#!/usr/bin/env python3
"""Build the writer-62 test set: collect hand-written items from src/*.py, shuffle with
fixed seeds (6201 privacy, 6202 triage, 6203 emergency), assign ids, write JSONL files."""
import glob
import importlib.util
import json
import os
import random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
PREFIX = "ay"


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
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    priv = load("privacy_*.py")
    random.Random(6201).shuffle(priv)
    rows = []
    for i, (text, ids, quasi) in enumerate(priv, 1):
        seen, idl = set(), []
        for typ, s in ids:
            if (typ, s) not in seen:
                seen.add((typ, s))
                idl.append({"type": typ, "text": s})
        rows.append({"id": f"{PREFIX}-p{i:03d}", "text": text, "identifiers": idl, "quasi": list(quasi)})
    write("privacy.jsonl", rows)

    # triage
    tri = load("triage_*.py")
    random.Random(6202).shuffle(tri)
    rows = [
        {"id": f"{PREFIX}-t{i:03d}", "text": t, "department": d, "age_range": a, "gender": g}
        for i, (t, d, a, g) in enumerate(tri, 1)
    ]
    write("triage.jsonl", rows)

    # emergency
    em = [(t, "now", fam) for (t, fam) in load("emergency_now_*.py")]
    em += load("emergency_non_*.py")
    random.Random(6203).shuffle(em)
    rows = [
        {"id": f"{PREFIX}-e{i:03d}", "text": t, "emergency": k == "now", "kind": k, "family": fam}
        for i, (t, k, fam) in enumerate(em, 1)
    ]
    write("emergency.jsonl", rows)
    print("wrote", len(priv), "privacy,", len(tri), "triage,", len(em), "emergency")


if __name__ == "__main__":
    main()
