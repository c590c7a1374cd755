"""Collect the hand-written items, shuffle each file with the writer's seeds, assign ids, write JSONL.
No text is generated here: every text is a literal in one of the src/*_x.py files."""
import glob, importlib.util, json, os, random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
PREFIX = "aq"
SEEDS = {"privacy": 5401, "triage": 5402, "emergency": 5403}


def load(pattern):
    items = []
    for path in sorted(glob.glob(os.path.join(SRC, pattern))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items


def privacy():
    rows = []
    for it in load("privacy_*.py"):
        ids, seen = [], set()
        for typ, txt in it["identifiers"]:
            if (typ, txt) in seen:
                continue
            seen.add((typ, txt))
            ids.append({"type": typ, "text": txt})
        rows.append({"text": it["text"], "identifiers": ids, "quasi": list(it.get("quasi", []))})
    return rows


def triage():
    return [{"text": it["text"], "department": it["department"], "age_range": it["age_range"],
             "gender": it["gender"]} for it in load("triage_*.py")]


def emergency():
    rows = []
    for it in load("emergency_now_*.py"):
        rows.append({"text": it["text"], "emergency": True, "kind": "now", "family": it["family"]})
    for it in load("emergency_non_*.py"):
        rows.append({"text": it["text"], "emergency": False, "kind": it["kind"], "family": it["family"]})
    return rows


def write(name, letter, rows):
    random.Random(SEEDS[name]).shuffle(rows)
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": "%s-%s%03d" % (PREFIX, letter, i)}
            obj.update(r)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %s.jsonl: %d items" % (name, len(rows)))


if __name__ == "__main__":
    write("privacy", "p", privacy())
    write("triage", "t", triage())
    write("emergency", "e", emergency())
