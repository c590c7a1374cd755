"""Build the three JSONL files from the hand-written item lists (standard library only)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_t1, privacy_t2  # noqa: E402
import triage_items  # noqa: E402
import emerg_now_a, emerg_now_b, emerg_non_a, emerg_non_b, emerg_non_c  # noqa: E402

PREFIX = "aj"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_privacy():
    rows = []
    for mod in (privacy_a, privacy_b, privacy_c, privacy_d):
        for text, ids, quasi in mod.ITEMS:
            seen = []
            for t, s in ids:
                if (t, s) not in seen:
                    seen.append((t, s))
            rows.append({"text": text, "identifiers": [{"type": t, "text": s} for t, s in seen],
                         "quasi": list(quasi)})
    for mod in (privacy_t1, privacy_t2):
        for text in mod.ITEMS:
            rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(4701).shuffle(rows)
    return [dict({"id": f"{PREFIX}-p{i:03d}"}, **r) for i, r in enumerate(rows, 1)]


def build_triage():
    rows = [{"text": t, "department": d, "age_range": a, "gender": g} for t, d, a, g in triage_items.ITEMS]
    random.Random(4702).shuffle(rows)
    return [dict({"id": f"{PREFIX}-t{i:03d}"}, **r) for i, r in enumerate(rows, 1)]


def build_emergency():
    rows = []
    for mod in (emerg_now_a, emerg_now_b):
        for text, fam in mod.ITEMS:
            rows.append({"text": text, "emergency": True, "kind": "now", "family": fam})
    for mod in (emerg_non_a, emerg_non_b, emerg_non_c):
        for text, kind, fam in mod.ITEMS:
            rows.append({"text": text, "emergency": False, "kind": kind, "family": fam})
    random.Random(4703).shuffle(rows)
    return [dict({"id": f"{PREFIX}-e{i:03d}"}, **r) for i, r in enumerate(rows, 1)]


if __name__ == "__main__":
    p, t, e = build_privacy(), build_triage(), build_emergency()
    write("privacy.jsonl", p)
    write("triage.jsonl", t)
    write("emergency.jsonl", e)
    print(f"wrote privacy={len(p)} triage={len(t)} emergency={len(e)}")
