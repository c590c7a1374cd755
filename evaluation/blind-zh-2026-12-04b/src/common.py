import json, os, random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def write(name, prefix, rows, seed):
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r = {"id": f"{prefix}{i:03d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {name}")
