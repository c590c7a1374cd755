"""Build the writer-58 blind test set from the hand-written src files.

Seeds: 5801 privacy, 5802 triage, 5803 emergency. Id prefix: au.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "au"


def load(pattern):
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    priv = load("privacy_*.py")
    random.Random(5801).shuffle(priv)
    rows = []
    for i, (text, ids, quasi) in enumerate(priv, 1):
        seen = []
        for t, s in ids:
            if (t, s) not in seen:
                seen.append((t, s))
        rows.append({
            "id": f"{PREFIX}-p{i:03d}",
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in seen],
            "quasi": list(quasi),
        })
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    # triage
    tri = load("triage_*.py")
    random.Random(5802).shuffle(tri)
    rows = []
    for i, (text, dept, age, gender) in enumerate(tri, 1):
        rows.append({"id": f"{PREFIX}-t{i:03d}", "text": text, "department": dept,
                     "age_range": age, "gender": gender})
    write(os.path.join(OUT, "triage.jsonl"), rows)

    # emergency
    em = load("emergency_*.py")
    random.Random(5803).shuffle(em)
    rows = []
    for i, (text, emerg, kind, family) in enumerate(em, 1):
        rows.append({"id": f"{PREFIX}-e{i:03d}", "text": text, "emergency": emerg,
                     "kind": kind, "family": family})
    write(os.path.join(OUT, "emergency.jsonl"), rows)
    print("wrote privacy.jsonl, triage.jsonl, emergency.jsonl")


if __name__ == "__main__":
    main()
