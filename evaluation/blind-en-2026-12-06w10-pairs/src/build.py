"""Build the JSONL files from the hand-written items.
Only: swap q1/q2 with a fixed seed, shuffle with fixed seeds, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lookalike_high
import lookalike_para
import entail_pos
import entail_neg


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    items = [(a, b, 0, "lookalike_high_overlap") for a, b in lookalike_high.PAIRS]
    items += [(a, b, 1, "paraphrase_low_overlap") for a, b in lookalike_para.PAIRS]
    swap_rng = random.Random(1010010)
    swapped = []
    for a, b, label, kind in items:
        if swap_rng.random() < 0.5:
            a, b = b, a
        swapped.append((a, b, label, kind))
    random.Random(10101).shuffle(swapped)
    rows = []
    for i, (a, b, label, kind) in enumerate(swapped, 1):
        rows.append({"id": "k10-l-%04d" % i, "q1": a, "q2": b, "label": label, "kind": kind})
    write(os.path.join(OUT, "lookalike.jsonl"), rows)


def build_entailment():
    items = [(c, f, 1, "entails") for c, f in entail_pos.ITEMS]
    for kind, lst in (("other_type", entail_neg.OTHER_TYPE),
                      ("passing_mention", entail_neg.PASSING_MENTION),
                      ("related_condition", entail_neg.RELATED_CONDITION),
                      ("side_question", entail_neg.SIDE_QUESTION),
                      ("other_population", entail_neg.OTHER_POPULATION)):
        items += [(c, f, 0, kind) for c, f in lst]
    random.Random(20202).shuffle(items)
    rows = []
    for i, (c, f, label, kind) in enumerate(items, 1):
        rows.append({"id": "k10-e-%04d" % i, "chq": c, "faq": f, "label": label, "kind": kind})
    write(os.path.join(OUT, "entailment.jsonl"), rows)


if __name__ == "__main__":
    build_lookalike()
    build_entailment()
    print("written lookalike.jsonl and entailment.jsonl to", OUT)
