"""Build the writer-60 blind test set from the hand-written src files.

Seeds: 6001 privacy, 6002 triage, 6003 emergency. Id prefix: aw.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "aw"
sys.path.insert(0, HERE)

PRIVACY = ["privacy_a", "privacy_b", "privacy_c", "privacy_d", "privacy_e", "privacy_f"]
TRIAGE = ["triage_a", "triage_b"]
EMERG_NOW = ["emergency_now_a", "emergency_now_b", "emergency_now_c"]
EMERG_NON = ["emergency_non_a", "emergency_non_b", "emergency_non_c", "emergency_non_d", "emergency_non_e"]


def load(name):
    return importlib.import_module(name).ITEMS


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # privacy
    rows = []
    for m in PRIVACY:
        for text, idents, quasi in load(m):
            seen = []
            for t, s in idents:
                if (t, s) not in seen:
                    seen.append((t, s))
            rows.append({"text": text,
                         "identifiers": [{"type": t, "text": s} for t, s in seen],
                         "quasi": list(quasi)})
    random.Random(6001).shuffle(rows)
    rows = [dict({"id": "%s-p%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(rows)]
    write(os.path.join(OUT, "privacy.jsonl"), rows)

    # triage
    rows = []
    for m in TRIAGE:
        for text, dept, age, gender in load(m):
            rows.append({"text": text, "department": dept, "age_range": age, "gender": gender})
    random.Random(6002).shuffle(rows)
    rows = [dict({"id": "%s-t%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(rows)]
    write(os.path.join(OUT, "triage.jsonl"), rows)

    # emergency
    rows = []
    for m in EMERG_NOW:
        for text, family in load(m):
            rows.append({"text": text, "emergency": True, "kind": "now", "family": family})
    for m in EMERG_NON:
        for text, kind, family in load(m):
            rows.append({"text": text, "emergency": False, "kind": kind, "family": family})
    random.Random(6003).shuffle(rows)
    rows = [dict({"id": "%s-e%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(rows)]
    write(os.path.join(OUT, "emergency.jsonl"), rows)


if __name__ == "__main__":
    main()
