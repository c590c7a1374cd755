import json, random, os
from privacy_data import WITH_IDS, TRAPS
rows = [dict(text=t, identifiers=[{"type": ty, "text": s} for ty, s in ids], quasi=list(q)) for t, ids, q in WITH_IDS]
rows += [dict(text=t, identifiers=[], quasi=[]) for t in TRAPS]
random.Random(7351).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "privacy.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for i, r in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"d-p{i:03d}", **r}, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", os.path.normpath(out))
