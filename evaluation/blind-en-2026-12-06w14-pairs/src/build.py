"""Build the JSONL files from the hand-written literals.

Only swaps q1/q2 with a fixed seed, shuffles with fixed seeds, assigns ids
and writes JSONL (ensure_ascii=False). No text is generated here.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lookalike_high  # noqa: E402
import lookalike_para  # noqa: E402
import entail_pos  # noqa: E402
import entail_neg  # noqa: E402


def main():
    swap_rng = random.Random(14014)
    look = []
    for q1, q2 in lookalike_high.PAIRS:
        look.append({"q1": q1, "q2": q2, "label": 0, "kind": "lookalike_high_overlap"})
    for q1, q2 in lookalike_para.PAIRS:
        look.append({"q1": q1, "q2": q2, "label": 1, "kind": "paraphrase_low_overlap"})
    for rec in look:
        if swap_rng.random() < 0.5:
            rec["q1"], rec["q2"] = rec["q2"], rec["q1"]
    random.Random(1401).shuffle(look)

    ent = []
    for chq, faq in entail_pos.ITEMS:
        ent.append({"chq": chq, "faq": faq, "label": 1, "kind": "entails"})
    for kind, items in entail_neg.KINDS.items():
        for chq, faq in items:
            ent.append({"chq": chq, "faq": faq, "label": 0, "kind": kind})
    random.Random(1402).shuffle(ent)

    with open(os.path.join(OUT, "lookalike.jsonl"), "w", encoding="utf-8") as f:
        for i, rec in enumerate(look, 1):
            row = {"id": "k14-l-%04d" % i, "q1": rec["q1"], "q2": rec["q2"],
                   "label": rec["label"], "kind": rec["kind"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "entailment.jsonl"), "w", encoding="utf-8") as f:
        for i, rec in enumerate(ent, 1):
            row = {"id": "k14-e-%04d" % i, "chq": rec["chq"], "faq": rec["faq"],
                   "label": rec["label"], "kind": rec["kind"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lookalike pairs, %d entailment items" % (len(look), len(ent)))


if __name__ == "__main__":
    main()
