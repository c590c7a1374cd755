"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL. Nothing else."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import emergency_items, triage_items, privacy_items_a, privacy_items_b

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def main():
    em = list(emergency_items.ITEMS)
    random.Random(1010).shuffle(em)
    write("emergency.jsonl", [
        {"id": "nz-e%03d" % (i + 1), "text": t, "emergency": e, "family": fam, "kind": k}
        for i, (t, e, fam, k) in enumerate(em)])
    tr = list(triage_items.ITEMS)
    random.Random(2020).shuffle(tr)
    write("triage.jsonl", [
        {"id": "nz-t%03d" % (i + 1), "text": t, "age_range": a, "gender": g, "department": d}
        for i, (t, a, g, d) in enumerate(tr)])
    pr = list(privacy_items_a.ITEMS) + list(privacy_items_b.ITEMS)
    random.Random(3030).shuffle(pr)
    write("privacy.jsonl", [
        {"id": "nz-p%03d" % (i + 1), "text": t,
         "identifiers": [{"type": ty, "text": sp} for ty, sp in ids]}
        for i, (t, ids) in enumerate(pr)])

if __name__ == "__main__":
    main()
