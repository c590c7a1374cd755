"""Assemble the hand-written items into JSONL. Only shuffles (fixed seeds), swaps q1/q2 (fixed seed),
assigns ids and writes files. Python 3 standard library only."""
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
import entail_extra


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    items = [(a, b, 0, "lookalike_high_overlap") for a, b in lookalike_high.HIGH]
    items += [(a, b, 1, "paraphrase_low_overlap") for a, b in lookalike_para.PARA]
    rng = random.Random(20261205)
    rng.shuffle(items)
    swap_rng = random.Random(7331)
    rows = []
    for i, (a, b, label, kind) in enumerate(items, 1):
        if swap_rng.random() < 0.5:
            a, b = b, a
        rows.append({"id": "k-l%03d" % i, "q1": a, "q2": b, "label": label, "kind": kind})
    return rows


def build_entailment():
    items = [(c, f, 1, "entails") for c, f in entail_pos.ENTAILS + entail_extra.ENTAILS_EXTRA]
    for kind, lst in [
        ("other_type", entail_neg.OTHER_TYPE + entail_extra.OTHER_TYPE_EXTRA),
        ("passing_mention", entail_neg.PASSING_MENTION + entail_extra.PASSING_MENTION_EXTRA),
        ("related_condition", entail_neg.RELATED_CONDITION + entail_extra.RELATED_CONDITION_EXTRA),
        ("side_question", entail_neg.SIDE_QUESTION + entail_extra.SIDE_QUESTION_EXTRA),
        ("other_population", entail_neg.OTHER_POPULATION + entail_extra.OTHER_POPULATION_EXTRA),
    ]:
        items += [(c, f, 0, kind) for c, f in lst]
    rng = random.Random(5121)
    rng.shuffle(items)
    return [{"id": "k-e%03d" % i, "chq": c, "faq": f, "label": label, "kind": kind}
            for i, (c, f, label, kind) in enumerate(items, 1)]


if __name__ == "__main__":
    write_jsonl(os.path.join(OUT, "lookalike.jsonl"), build_lookalike())
    write_jsonl(os.path.join(OUT, "entailment.jsonl"), build_entailment())
    print("wrote lookalike.jsonl and entailment.jsonl to", OUT)
