"""Build script: only shuffles (fixed seeds), assigns ids and writes JSONL.
All item texts are hand-written in the *_items.py files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lookalike_high_items import HIGH
from lookalike_para_items import PARA
from entail_pos_items import ENTAILS
from entail_neg_items_a import OTHER_TYPE, PASSING
from entail_neg_items_b import RELATED, SIDE, OTHER_POP


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    swap_rng = random.Random(6061)
    rows = []
    for kind, label, pairs in (("lookalike_high_overlap", 0, HIGH),
                               ("paraphrase_low_overlap", 1, PARA)):
        for a, b in pairs:
            if swap_rng.random() < 0.5:
                a, b = b, a
            rows.append({"q1": a, "q2": b, "label": label, "kind": kind})
    random.Random(6062).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "k-l-%04d" % i, "q1": r["q1"], "q2": r["q2"],
                    "label": r["label"], "kind": r["kind"]})
    write_jsonl(os.path.join(OUT, "lookalike.jsonl"), out)
    return len(out)


def build_entailment():
    rows = []
    groups = (("entails", 1, ENTAILS), ("other_type", 0, OTHER_TYPE),
              ("passing_mention", 0, PASSING), ("related_condition", 0, RELATED),
              ("side_question", 0, SIDE), ("other_population", 0, OTHER_POP))
    for kind, label, pairs in groups:
        for chq, faq in pairs:
            rows.append({"chq": chq, "faq": faq, "label": label, "kind": kind})
    random.Random(6063).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "k-e-%04d" % i, "chq": r["chq"], "faq": r["faq"],
                    "label": r["label"], "kind": r["kind"]})
    write_jsonl(os.path.join(OUT, "entailment.jsonl"), out)
    return len(out)


if __name__ == "__main__":
    print("lookalike.jsonl", build_lookalike())
    print("entailment.jsonl", build_entailment())
