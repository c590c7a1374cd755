"""Shuffle the hand-written items (fixed seeds), assign ids, write JSONL. No text generation."""
import json, os, random
from emergency_items import EMERGENCIES, NON_EMERGENCIES
from triage_items import TRIAGE
from privacy_items import PRIVACY

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

em = [{"text": t, "emergency": True, "family": fam, "kind": "now"} for t, fam in EMERGENCIES]
em += [{"text": t, "emergency": False, "family": fam, "kind": k} for t, fam, k in NON_EMERGENCIES]
random.Random(20261205).shuffle(em)
write("emergency.jsonl", [{"id": "h-e%03d" % (i + 1), **r} for i, r in enumerate(em)])

tr = [{"text": t, "age_range": a, "gender": g, "department": d} for t, a, g, d in TRIAGE]
random.Random(7741).shuffle(tr)
write("triage.jsonl", [{"id": "h-t%03d" % (i + 1), **r} for i, r in enumerate(tr)])

pr = []
for t, ids, quasi in PRIVACY:
    seen, lst = set(), []
    for ty, s in ids:
        if (ty, s) not in seen:
            seen.add((ty, s)); lst.append({"type": ty, "text": s})
    pr.append({"text": t, "identifiers": lst, "quasi": list(quasi)})
random.Random(3359).shuffle(pr)
write("privacy.jsonl", [{"id": "h-p%03d" % (i + 1), **r} for i, r in enumerate(pr)])
print("written to", OUT)
