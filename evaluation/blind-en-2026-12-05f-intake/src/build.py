"""Shuffle hand-written items (fixed seeds), assign ids, write JSONL."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import emergency_items, triage_items, privacy_items

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def main():
    e = list(emergency_items.ITEMS); random.Random(801).shuffle(e)
    write("emergency.jsonl", [
        {"id": "k-e%03d" % (i + 1), "text": t, "emergency": em, "family": fam, "kind": kind}
        for i, (t, em, fam, kind) in enumerate(e)])
    t_ = list(triage_items.ITEMS); random.Random(802).shuffle(t_)
    write("triage.jsonl", [
        {"id": "k-t%03d" % (i + 1), "text": t, "age_range": a, "gender": g, "department": d}
        for i, (t, a, g, d) in enumerate(t_)])
    p = list(privacy_items.ITEMS); random.Random(803).shuffle(p)
    rows = []
    for i, (t, ids, quasi) in enumerate(p):
        seen, idl = set(), []
        for ty, s in ids:
            if (ty, s) not in seen:
                seen.add((ty, s)); idl.append({"type": ty, "text": s})
        rows.append({"id": "k-p%03d" % (i + 1), "text": t, "identifiers": idl, "quasi": list(quasi)})
    write("privacy.jsonl", rows)

if __name__ == "__main__":
    main()
