"""Build the JSONL files: swap q1/q2 with a fixed seed, shuffle with fixed seeds,
assign ids, write JSONL (ensure_ascii=False). No text is generated here."""
import json
import os
import random

from high_overlap import HIGH_OVERLAP
from paraphrase import PARAPHRASE
from entail_pos import ENTAILS
from entail_neg import NEGATIVES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_lookalike():
    items = [(a, b, 0, "lookalike_high_overlap") for a, b in HIGH_OVERLAP]
    items += [(a, b, 1, "paraphrase_low_overlap") for a, b in PARAPHRASE]
    swap = random.Random(12012)
    swapped = []
    for a, b, label, kind in items:
        if swap.random() < 0.5:
            a, b = b, a
        swapped.append((a, b, label, kind))
    random.Random(1201).shuffle(swapped)
    rows = []
    for i, (a, b, label, kind) in enumerate(swapped, 1):
        rows.append({"id": "k12-l-%04d" % i, "q1": a, "q2": b, "label": label, "kind": kind})
    write(os.path.join(OUT, "lookalike.jsonl"), rows)


def build_entailment():
    items = [(c, f, 1, "entails") for c, f in ENTAILS]
    items += [(c, f, 0, k) for c, f, k in NEGATIVES]
    random.Random(1202).shuffle(items)
    rows = []
    for i, (c, f, label, kind) in enumerate(items, 1):
        rows.append({"id": "k12-e-%04d" % i, "chq": c, "faq": f, "label": label, "kind": kind})
    write(os.path.join(OUT, "entailment.jsonl"), rows)


if __name__ == "__main__":
    build_lookalike()
    build_entailment()
