"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. No text is generated here."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import privacy_items_a, privacy_items_b, triage_items, emergency_items_a, emergency_items_b

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

p = list(privacy_items_a.ITEMS) + list(privacy_items_b.ITEMS)
random.Random(1101).shuffle(p)
write("privacy.jsonl", [{"id": "qz-p%03d" % (i + 1), "text": t,
                         "identifiers": [{"type": ty, "text": sp} for ty, sp in ids]}
                        for i, (t, ids) in enumerate(p)])

t = list(triage_items.ITEMS)
random.Random(1102).shuffle(t)
write("triage.jsonl", [{"id": "qz-t%03d" % (i + 1), "text": x, "age_range": a, "gender": g, "department": d}
                       for i, (x, a, g, d) in enumerate(t)])

e = list(emergency_items_a.ITEMS) + list(emergency_items_b.ITEMS)
random.Random(1103).shuffle(e)
write("emergency.jsonl", [{"id": "qz-e%03d" % (i + 1), "text": x, "emergency": em, "family": fa, "kind": k}
                          for i, (x, em, fa, k) in enumerate(e)])
print("wrote", len(p), len(t), len(e))
