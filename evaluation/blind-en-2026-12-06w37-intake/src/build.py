"""Build the JSONL files from the hand-written literals. Shuffles with fixed seeds."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from privacy_ids import ITEMS as P_IDS
from privacy_traps import TRAPS as P_TRAPS
from triage_items import ITEMS as T_ITEMS
from emergency_now import NOW as E_NOW
from emergency_non import NON as E_NON

PREFIX = "y"


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def privacy():
    rows = []
    for text, ids, quasi in P_IDS:
        seen, idl = set(), []
        for t, s in ids:
            if (t, s) in seen:
                continue
            seen.add((t, s))
            idl.append({"type": t, "text": s})
        rows.append({"text": text, "identifiers": idl, "quasi": list(quasi)})
    for text in P_TRAPS:
        rows.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(3701).shuffle(rows)
    return [{"id": f"{PREFIX}-p{i:03d}", **r} for i, r in enumerate(rows, 1)]


def triage():
    rows = [{"text": t, "department": d, "age_range": a, "gender": g} for t, d, a, g in T_ITEMS]
    random.Random(3702).shuffle(rows)
    return [{"id": f"{PREFIX}-t{i:03d}", **r} for i, r in enumerate(rows, 1)]


def emergency():
    rows = [{"text": t, "emergency": True, "kind": "now", "family": f} for t, f in E_NOW]
    rows += [{"text": t, "emergency": False, "kind": k, "family": f} for t, k, f in E_NON]
    random.Random(3703).shuffle(rows)
    return [{"id": f"{PREFIX}-e{i:03d}", **r} for i, r in enumerate(rows, 1)]


if __name__ == "__main__":
    write("privacy.jsonl", privacy())
    write("triage.jsonl", triage())
    write("emergency.jsonl", emergency())
    print("written")
