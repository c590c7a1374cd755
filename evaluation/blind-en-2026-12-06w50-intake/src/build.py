"""Collect the hand-written items, shuffle with fixed seeds, assign ids, write JSONL files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f  # noqa: E402
import triage_a, triage_b  # noqa: E402
import emergency_now_a, emergency_now_b  # noqa: E402
import emergency_non_a, emergency_non_b, emergency_non_c, emergency_non_d  # noqa: E402

PREFIX = "am"
SEEDS = {"privacy": 5001, "triage": 5002, "emergency": 5003}


def write(name, rows):
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {path}")


def main():
    priv = []
    for m in (privacy_a, privacy_b, privacy_c, privacy_d, privacy_e, privacy_f):
        priv.extend(m.ITEMS)
    random.Random(SEEDS["privacy"]).shuffle(priv)
    rows = []
    for i, (text, idents, quasi) in enumerate(priv, 1):
        rows.append({
            "id": f"{PREFIX}-p{i:03d}",
            "text": text,
            "identifiers": [{"type": t, "text": s} for t, s in idents],
            "quasi": list(quasi),
        })
    write("privacy", rows)

    tri = list(triage_a.ITEMS) + list(triage_b.ITEMS)
    random.Random(SEEDS["triage"]).shuffle(tri)
    rows = []
    for i, (text, dept, age, gender) in enumerate(tri, 1):
        rows.append({"id": f"{PREFIX}-t{i:03d}", "text": text, "department": dept,
                     "age_range": age, "gender": gender})
    write("triage", rows)

    emer = []
    for m in (emergency_now_a, emergency_now_b, emergency_non_a, emergency_non_b,
              emergency_non_c, emergency_non_d):
        emer.extend(m.ITEMS)
    random.Random(SEEDS["emergency"]).shuffle(emer)
    rows = []
    for i, (text, is_em, kind, family) in enumerate(emer, 1):
        rows.append({"id": f"{PREFIX}-e{i:03d}", "text": text, "emergency": is_em,
                     "kind": kind, "family": family})
    write("emergency", rows)


if __name__ == "__main__":
    main()
