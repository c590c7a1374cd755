"""Build lookalike.jsonl and entailment.jsonl from the hand-written literals.
Only swaps q1/q2 with a fixed seed, shuffles with fixed seeds, assigns ids, writes JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lookalike_high import HIGH
from lookalike_para import PARA
from entail_pos import ENTAILS
from entail_neg1 import OTHER_TYPE, PASSING
from entail_neg2 import RELATED, SIDE, POPULATION


def main():
    swap_rng = random.Random(17017)
    look = []
    for kind, label, pairs in (("lookalike_high_overlap", 0, HIGH),
                               ("paraphrase_low_overlap", 1, PARA)):
        for a, b in pairs:
            if swap_rng.random() < 0.5:
                a, b = b, a
            look.append({"q1": a, "q2": b, "label": label, "kind": kind})
    random.Random(1701).shuffle(look)

    ent = []
    for kind, label, items in (("entails", 1, ENTAILS),
                               ("other_type", 0, OTHER_TYPE),
                               ("passing_mention", 0, PASSING),
                               ("related_condition", 0, RELATED),
                               ("side_question", 0, SIDE),
                               ("other_population", 0, POPULATION)):
        for chq, faq in items:
            ent.append({"chq": chq, "faq": faq, "label": label, "kind": kind})
    random.Random(1702).shuffle(ent)

    with open(os.path.join(OUT, "lookalike.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(look, 1):
            row = {"id": "k17-l-%04d" % i, "q1": r["q1"], "q2": r["q2"],
                   "label": r["label"], "kind": r["kind"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "entailment.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(ent, 1):
            row = {"id": "k17-e-%04d" % i, "chq": r["chq"], "faq": r["faq"],
                   "label": r["label"], "kind": r["kind"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lookalike pairs, %d entailment items" % (len(look), len(ent)))


if __name__ == "__main__":
    main()
