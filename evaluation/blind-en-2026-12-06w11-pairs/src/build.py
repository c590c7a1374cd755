"""Build the JSONL files from the hand-written lists.
Only: swap q1/q2 with a fixed seed, shuffle with fixed seeds, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lookalike_neg import HIGH_OVERLAP
from lookalike_pos import PARAPHRASE
from entail_pos_a import ENTAILS_A
from entail_pos_b import ENTAILS_B
from entail_neg_a import OTHER_TYPE, PASSING_MENTION, RELATED_CONDITION
from entail_neg_b import SIDE_QUESTION, OTHER_POPULATION


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    items = [(a, b, 0, "lookalike_high_overlap") for a, b in HIGH_OVERLAP]
    items += [(a, b, 1, "paraphrase_low_overlap") for a, b in PARAPHRASE]
    swap_rng = random.Random(11011)
    swapped = []
    for a, b, label, kind in items:
        if swap_rng.random() < 0.5:
            a, b = b, a
        swapped.append((a, b, label, kind))
    random.Random(11012).shuffle(swapped)
    rows = []
    for i, (a, b, label, kind) in enumerate(swapped, 1):
        rows.append({"id": "k11-l-%04d" % i, "q1": a, "q2": b, "label": label, "kind": kind})
    write(os.path.join(OUT, "lookalike.jsonl"), rows)


def build_entailment():
    items = [(c, f, 1, "entails") for c, f in ENTAILS_A + ENTAILS_B]
    for kind, lst in [("other_type", OTHER_TYPE), ("passing_mention", PASSING_MENTION),
                      ("related_condition", RELATED_CONDITION), ("side_question", SIDE_QUESTION),
                      ("other_population", OTHER_POPULATION)]:
        items += [(c, f, 0, kind) for c, f in lst]
    random.Random(11013).shuffle(items)
    rows = []
    for i, (c, f, label, kind) in enumerate(items, 1):
        rows.append({"id": "k11-e-%04d" % i, "chq": c, "faq": f, "label": label, "kind": kind})
    write(os.path.join(OUT, "entailment.jsonl"), rows)


if __name__ == "__main__":
    build_lookalike()
    build_entailment()
