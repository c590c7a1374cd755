"""Shuffle (fixed seeds), assign ids, write JSONL. No text generation."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import privacy_items, triage_items, emergency_items

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

items = list(privacy_items.ITEMS); random.Random(1101).shuffle(items)
write("privacy.jsonl", [{"id": "q-p%03d" % (i+1), "text": t,
      "identifiers": [{"type": ty, "text": s} for ty, s in ids], "quasi": list(q)}
      for i, (t, ids, q) in enumerate(items)])
items = list(triage_items.ITEMS); random.Random(1102).shuffle(items)
write("triage.jsonl", [{"id": "q-t%03d" % (i+1), "text": t, "age_range": a, "gender": g, "department": d}
      for i, (t, a, g, d) in enumerate(items)])
items = list(emergency_items.ITEMS); random.Random(1103).shuffle(items)
write("emergency.jsonl", [{"id": "q-e%03d" % (i+1), "text": t, "emergency": e, "family": fa, "kind": k}
      for i, (t, e, fa, k) in enumerate(items)])
print("written")
