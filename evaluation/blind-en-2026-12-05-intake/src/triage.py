import json, random, os
from triage_data import T
rows = [dict(text=t, age_range=a, gender=g, department=d) for d, a, g, t in T]
random.Random(4242).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "triage.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for i, r in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"d-t{i:03d}", **r}, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", os.path.normpath(out))
