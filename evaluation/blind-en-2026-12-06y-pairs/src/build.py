"""Build the JSONL files from the hand-written lists.

Only: swap q1/q2 with a fixed seed, shuffle with fixed seeds, assign ids,
write JSONL (ensure_ascii=False). No text is generated or changed here.
"""
import json
import os
import random

import entail_neg
import entail_pos
import lookalike_neg
import lookalike_pos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    items = []
    for _, pairs in lookalike_neg.GROUPS.items():
        for q1, q2 in pairs:
            items.append((q1, q2, 0, "lookalike_high_overlap"))
    for _, pairs in lookalike_pos.GROUPS.items():
        for q1, q2 in pairs:
            items.append((q1, q2, 1, "paraphrase_low_overlap"))
    swap = random.Random(7707)
    swapped = []
    for q1, q2, label, kind in items:
        if swap.random() < 0.5:
            q1, q2 = q2, q1
        swapped.append((q1, q2, label, kind))
    random.Random(77071).shuffle(swapped)
    rows = []
    for i, (q1, q2, label, kind) in enumerate(swapped, 1):
        rows.append({"id": "k7-l-%04d" % i, "q1": q1, "q2": q2,
                     "label": label, "kind": kind})
    write(os.path.join(OUT, "lookalike.jsonl"), rows)


def build_entailment():
    items = [(c, f, 1, "entails") for c, f in entail_pos.ENTAILS]
    for kind, pairs in entail_neg.GROUPS.items():
        for c, f in pairs:
            items.append((c, f, 0, kind))
    random.Random(77072).shuffle(items)
    rows = []
    for i, (c, f, label, kind) in enumerate(items, 1):
        rows.append({"id": "k7-e-%04d" % i, "chq": c, "faq": f,
                     "label": label, "kind": kind})
    write(os.path.join(OUT, "entailment.jsonl"), rows)


if __name__ == "__main__":
    build_lookalike()
    build_entailment()
