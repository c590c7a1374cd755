"""Only shuffles (fixed seeds), assigns ids and writes JSONL. No text is generated here."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from privacy_items_a import ITEMS_A
from privacy_items_b import ITEMS_B
from triage_items import ITEMS as TRIAGE
from emergency_items import ITEMS as EMERG

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

priv = list(ITEMS_A) + list(ITEMS_B)
random.Random(9001).shuffle(priv)
write("privacy.jsonl", [
    {"id": f"mz-p{i:03d}", "text": t, "identifiers": [{"type": ty, "text": s} for ty, s in ids]}
    for i, (t, ids) in enumerate(priv, 1)])

tri = list(TRIAGE)
random.Random(9002).shuffle(tri)
write("triage.jsonl", [
    {"id": f"mz-t{i:03d}", "text": t, "age_range": a, "gender": g, "department": d}
    for i, (t, a, g, d) in enumerate(tri, 1)])

em = list(EMERG)
random.Random(9003).shuffle(em)
write("emergency.jsonl", [
    {"id": f"mz-e{i:03d}", "text": t, "emergency": e, "family": fam, "kind": k}
    for i, (t, e, fam, k) in enumerate(em, 1)])
print("written", len(priv), len(tri), len(em))
