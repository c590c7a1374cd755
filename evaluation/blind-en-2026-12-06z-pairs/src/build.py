"""Build the JSONL files. Only: swap q1/q2 with a fixed seed, shuffle with fixed seeds,
assign ids, write JSONL (ensure_ascii=False)."""
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
from entail_neg import (OTHER_TYPE, PASSING_MENTION, RELATED_CONDITION,
                        SIDE_QUESTION, OTHER_POPULATION)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    items = [(a, b, 0, "lookalike_high_overlap") for a, b in HIGH]
    items += [(a, b, 1, "paraphrase_low_overlap") for a, b in PARA]
    swap_rng = random.Random(8808)
    swapped = []
    for a, b, label, kind in items:
        if swap_rng.random() < 0.5:
            a, b = b, a
        swapped.append((a, b, label, kind))
    random.Random(88081).shuffle(swapped)
    rows = []
    for i, (a, b, label, kind) in enumerate(swapped, 1):
        rows.append({"id": "k8-l-%04d" % i, "q1": a, "q2": b, "label": label, "kind": kind})
    write_jsonl(os.path.join(OUT, "lookalike.jsonl"), rows)


def build_entailment():
    items = [(c, f, 1, "entails") for c, f in ENTAILS]
    for kind, lst in [("other_type", OTHER_TYPE),
                      ("passing_mention", PASSING_MENTION),
                      ("related_condition", RELATED_CONDITION),
                      ("side_question", SIDE_QUESTION),
                      ("other_population", OTHER_POPULATION)]:
        items += [(c, f, 0, kind) for c, f in lst]
    random.Random(88082).shuffle(items)
    rows = []
    for i, (c, f, label, kind) in enumerate(items, 1):
        rows.append({"id": "k8-e-%04d" % i, "chq": c, "faq": f, "label": label, "kind": kind})
    write_jsonl(os.path.join(OUT, "entailment.jsonl"), rows)


if __name__ == "__main__":
    build_lookalike()
    build_entailment()
    print("written lookalike.jsonl and entailment.jsonl")
