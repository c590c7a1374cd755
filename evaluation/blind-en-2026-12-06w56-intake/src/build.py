"""Collect hand-written items, shuffle with fixed seeds, assign ids, write JSONL."""
import importlib, json, os, random, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "as"
SEEDS = {"privacy": 5601, "triage": 5602, "emergency": 5603}


def load(pattern):
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        name = os.path.splitext(os.path.basename(path))[0]
        mod = importlib.import_module(name)
        items.extend(mod.ITEMS)
    return items


def main():
    import sys
    sys.path.insert(0, HERE)
    # privacy
    items = load("privacy_*.py")
    random.Random(SEEDS["privacy"]).shuffle(items)
    rows = []
    for i, it in enumerate(items, 1):
        rows.append({"id": f"{PREFIX}-p{i:03d}", "text": it["text"],
                     "identifiers": [{"type": t, "text": s} for t, s in it["identifiers"]],
                     "quasi": list(it["quasi"])})
    write("privacy.jsonl", rows)
    # triage
    items = load("triage_*.py")
    random.Random(SEEDS["triage"]).shuffle(items)
    rows = [{"id": f"{PREFIX}-t{i:03d}", "text": it["text"], "department": it["department"],
             "age_range": it["age_range"], "gender": it["gender"]} for i, it in enumerate(items, 1)]
    write("triage.jsonl", rows)
    # emergency
    items = load("emergency_now_*.py") + load("emergency_non_*.py")
    random.Random(SEEDS["emergency"]).shuffle(items)
    rows = [{"id": f"{PREFIX}-e{i:03d}", "text": it["text"], "emergency": it["kind"] == "now",
             "kind": it["kind"], "family": it["family"]} for i, it in enumerate(items, 1)]
    write("emergency.jsonl", rows)


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} items")


if __name__ == "__main__":
    main()
