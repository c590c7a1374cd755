"""Build the JSONL files from the hand-written literals. Only shuffles (fixed seeds), assigns ids, writes."""
import json
import os
import random

from privacy_items import WITH_IDENTIFIERS, TRAPS_ONLY
from triage_items import TRIAGE
from emergency_items import NOW, NON

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def dedupe_ids(ids):
    seen, out = set(), []
    for t, s in ids:
        if (t, s) not in seen:
            seen.add((t, s))
            out.append({"type": t, "text": s})
    return out


privacy = [{"text": t, "identifiers": dedupe_ids(ids), "quasi": list(q)} for t, ids, q in WITH_IDENTIFIERS]
privacy += [{"text": t, "identifiers": [], "quasi": []} for t in TRAPS_ONLY]
random.Random(2801).shuffle(privacy)
write("privacy.jsonl", [dict(id="q-p%03d" % (i + 1), **r) for i, r in enumerate(privacy)])

triage = [{"text": t, "department": d, "age_range": a, "gender": g} for t, d, a, g in TRIAGE]
random.Random(2802).shuffle(triage)
write("triage.jsonl", [dict(id="q-t%03d" % (i + 1), **r) for i, r in enumerate(triage)])

emergency = [{"text": t, "emergency": True, "kind": "now", "family": f} for t, f in NOW]
for kind in sorted(NON):
    emergency += [{"text": t, "emergency": False, "kind": kind, "family": f} for t, f in NON[kind]]
random.Random(2803).shuffle(emergency)
write("emergency.jsonl", [dict(id="q-e%03d" % (i + 1), **r) for i, r in enumerate(emergency)])

print("wrote", len(privacy), len(triage), len(emergency))
