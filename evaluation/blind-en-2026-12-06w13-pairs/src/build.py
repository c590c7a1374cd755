"""Build the JSONL files from the hand-written literals.
Only: swaps q1/q2 with a fixed seed, shuffles with fixed seeds, assigns ids, writes JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from high_overlap import HIGH
from paraphrase import PARA
from entail_pos import ENTAILS
from entail_neg1 import OTHER_TYPE, PASSING
from entail_neg2 import RELATED, SIDE, POPULATION


def main():
    swap_rng = random.Random(13013)
    look = []
    for (a, b) in HIGH:
        look.append({"q1": a, "q2": b, "label": 0, "kind": "lookalike_high_overlap"})
    for (a, b) in PARA:
        look.append({"q1": a, "q2": b, "label": 1, "kind": "paraphrase_low_overlap"})
    for item in look:
        if swap_rng.random() < 0.5:
            item["q1"], item["q2"] = item["q2"], item["q1"]
    random.Random(1301).shuffle(look)

    ent = []
    for chq, faq in ENTAILS:
        ent.append({"chq": chq, "faq": faq, "label": 1, "kind": "entails"})
    for kind, items in (("other_type", OTHER_TYPE), ("passing_mention", PASSING),
                        ("related_condition", RELATED), ("side_question", SIDE),
                        ("other_population", POPULATION)):
        for chq, faq in items:
            ent.append({"chq": chq, "faq": faq, "label": 0, "kind": kind})
    random.Random(1302).shuffle(ent)

    with open(os.path.join(OUT, "lookalike.jsonl"), "w", encoding="utf-8") as f:
        for i, it in enumerate(look, 1):
            row = {"id": "k13-l-%04d" % i, "q1": it["q1"], "q2": it["q2"],
                   "label": it["label"], "kind": it["kind"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "entailment.jsonl"), "w", encoding="utf-8") as f:
        for i, it in enumerate(ent, 1):
            row = {"id": "k13-e-%04d" % i, "chq": it["chq"], "faq": it["faq"],
                   "label": it["label"], "kind": it["kind"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lookalike, %d entailment" % (len(look), len(ent)))


if __name__ == "__main__":
    main()
