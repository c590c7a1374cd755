"""Build the two JSONL files from the hand-written items.
Only: swap q1/q2 with a fixed seed, shuffle with fixed seeds, assign ids, write JSONL (ensure_ascii=False)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from lookalike_high import HIGH
from lookalike_para import PARA
from entail_pos import ENTAILS
from entail_neg import OTHER_TYPE, PASSING, RELATED, SIDE, OTHER_POP


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    items = [(q1, q2, 0, "lookalike_high_overlap") for _, q1, q2 in HIGH]
    items += [(q1, q2, 1, "paraphrase_low_overlap") for _, q1, q2 in PARA]
    swap = random.Random(9909)
    swapped = []
    for q1, q2, label, kind in items:
        if swap.random() < 0.5:
            q1, q2 = q2, q1
        swapped.append((q1, q2, label, kind))
    random.Random(99091).shuffle(swapped)
    rows = []
    for i, (q1, q2, label, kind) in enumerate(swapped, 1):
        rows.append({"id": "k9-l-%04d" % i, "q1": q1, "q2": q2, "label": label, "kind": kind})
    write_jsonl(os.path.join(OUT, "lookalike.jsonl"), rows)
    return rows


def build_entailment():
    items = [(c, f, 1, "entails") for c, f in ENTAILS]
    for kind, lst in (("other_type", OTHER_TYPE), ("passing_mention", PASSING),
                      ("related_condition", RELATED), ("side_question", SIDE),
                      ("other_population", OTHER_POP)):
        items += [(c, f, 0, kind) for c, f in lst]
    random.Random(99092).shuffle(items)
    rows = []
    for i, (c, f, label, kind) in enumerate(items, 1):
        rows.append({"id": "k9-e-%04d" % i, "chq": c, "faq": f, "label": label, "kind": kind})
    write_jsonl(os.path.join(OUT, "entailment.jsonl"), rows)
    return rows


if __name__ == "__main__":
    a = build_lookalike()
    b = build_entailment()
    print("lookalike.jsonl: %d rows; entailment.jsonl: %d rows" % (len(a), len(b)))
