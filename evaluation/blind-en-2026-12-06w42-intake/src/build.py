"""Build the jsonl files from the hand-written item lists (standard library only)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from privacy_a import PRIVACY_A
from privacy_b import PRIVACY_B
from privacy_traps_a import PRIVACY_TRAPS_A
from privacy_traps_b import PRIVACY_TRAPS_B
from triage_items import TRIAGE
from emergency_now import EMERGENCY_NOW
from emergency_non_a import EMERGENCY_NON_A
from emergency_non_b import EMERGENCY_NON_B

PREFIX = "ae"
SEED_PRIVACY, SEED_TRIAGE, SEED_EMERGENCY = 4201, 4202, 4203


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    privacy = []
    for text, ids, quasi in PRIVACY_A + PRIVACY_B:
        seen, idl = set(), []
        for t, s in ids:
            if (t, s) not in seen:
                seen.add((t, s))
                idl.append({"type": t, "text": s})
        privacy.append({"text": text, "identifiers": idl, "quasi": list(quasi)})
    for text in PRIVACY_TRAPS_A + PRIVACY_TRAPS_B:
        privacy.append({"text": text, "identifiers": [], "quasi": []})
    random.Random(SEED_PRIVACY).shuffle(privacy)
    privacy = [dict({"id": "%s-p%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(privacy)]

    triage = [{"text": t, "department": d, "age_range": a, "gender": g} for t, d, a, g in TRIAGE]
    random.Random(SEED_TRIAGE).shuffle(triage)
    triage = [dict({"id": "%s-t%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(triage)]

    emergency = [{"text": t, "emergency": True, "kind": "now", "family": f} for t, f in EMERGENCY_NOW]
    emergency += [{"text": t, "emergency": False, "kind": k, "family": f}
                  for t, k, f in EMERGENCY_NON_A + EMERGENCY_NON_B]
    random.Random(SEED_EMERGENCY).shuffle(emergency)
    emergency = [dict({"id": "%s-e%03d" % (PREFIX, i + 1)}, **r) for i, r in enumerate(emergency)]

    write("privacy.jsonl", privacy)
    write("triage.jsonl", triage)
    write("emergency.jsonl", emergency)
    print("wrote %d privacy, %d triage, %d emergency" % (len(privacy), len(triage), len(emergency)))


if __name__ == "__main__":
    main()
