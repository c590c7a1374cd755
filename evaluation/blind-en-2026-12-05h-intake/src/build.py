"""Shuffle (fixed seeds), assign ids and write the JSONL files. No text is generated here."""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import privacy_items, triage_items, emergency_items

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = list(privacy_items.ITEMS)
    random.Random(1010).shuffle(p)
    rows = []
    for i, (text, ids, quasi) in enumerate(p, 1):
        seen, idl = set(), []
        for t, s in ids:
            if (t, s) not in seen:
                seen.add((t, s))
                idl.append({"type": t, "text": s})
        rows.append({"id": f"n-p{i:03d}", "text": text, "identifiers": idl, "quasi": list(quasi)})
    write("privacy.jsonl", rows)

    t = list(triage_items.ITEMS)
    random.Random(2020).shuffle(t)
    write("triage.jsonl", [
        {"id": f"n-t{i:03d}", "text": text, "age_range": a, "gender": g, "department": d}
        for i, (text, a, g, d) in enumerate(t, 1)])

    e = list(emergency_items.ITEMS)
    random.Random(3030).shuffle(e)
    write("emergency.jsonl", [
        {"id": f"n-e{i:03d}", "text": text, "emergency": em, "family": fam, "kind": k}
        for i, (text, em, fam, k) in enumerate(e, 1)])


if __name__ == "__main__":
    main()
