"""Build the en46 intake test set (standard library only).

Reads the hand-written items in this folder, shuffles each task with a fixed
seed and writes privacy.jsonl, triage.jsonl and emergency.jsonl one level up.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_traps  # noqa: E402
import triage  # noqa: E402
import emergency_now, emergency_non_a, emergency_non_b  # noqa: E402

PREFIX = "ai"
SEEDS = {"privacy": 4601, "triage": 4602, "emergency": 4603}


def write(name, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {path}")


def build_privacy():
    rows = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d):
        for text, ids, quasi in mod.ITEMS:
            seen, idl = set(), []
            for typ, s in ids:
                if (typ, s) in seen:
                    continue
                seen.add((typ, s))
                idl.append({"type": typ, "text": s})
            rows.append({"text": text, "identifiers": idl, "quasi": list(quasi)})
    for text in privacy_traps.ITEMS:
        rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(SEEDS["privacy"]).shuffle(rows)
    return [{"id": f"{PREFIX}-p{i:03d}", **r} for i, r in enumerate(rows, 1)]


def build_triage():
    rows = [{"text": t, "department": d, "age_range": a, "gender": g}
            for t, d, a, g in triage.ITEMS]
    random.Random(SEEDS["triage"]).shuffle(rows)
    return [{"id": f"{PREFIX}-t{i:03d}", **r} for i, r in enumerate(rows, 1)]


def build_emergency():
    rows = [{"text": t, "emergency": True, "kind": "now", "family": fam}
            for t, fam in emergency_now.ITEMS]
    for mod in (emergency_non_a, emergency_non_b):
        rows += [{"text": t, "emergency": False, "kind": k, "family": fam}
                 for t, k, fam in mod.ITEMS]
    random.Random(SEEDS["emergency"]).shuffle(rows)
    return [{"id": f"{PREFIX}-e{i:03d}", **r} for i, r in enumerate(rows, 1)]


if __name__ == "__main__":
    write("privacy.jsonl", build_privacy())
    write("triage.jsonl", build_triage())
    write("emergency.jsonl", build_emergency())
