import json, random, os
from emergency_now import NOW
from emergency_not import NOT
rows = [dict(text=t, emergency=True, family=f, kind="now") for f, t in NOW]
rows += [dict(text=t, emergency=False, family=f, kind=k) for k, f, t in NOT]
random.Random(20261205).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "emergency.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for i, r in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"d-e{i:03d}", **r}, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", os.path.normpath(out))
