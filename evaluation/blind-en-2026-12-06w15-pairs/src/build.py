"""Build the JSONL files from the hand-written literals.
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
import entail_neg

swap_rng = random.Random(15015)

look = []
for kind, label, pairs in (("lookalike_high_overlap", 0, HIGH), ("paraphrase_low_overlap", 1, PARA)):
    for a, b in pairs:
        if swap_rng.random() < 0.5:
            a, b = b, a
        look.append({"q1": a, "q2": b, "label": label, "kind": kind})

ent = [{"chq": c, "faq": f, "label": 1, "kind": "entails"} for c, f in ENTAILS]
for kind, pairs in (("other_type", entail_neg.OTHER_TYPE),
                    ("passing_mention", entail_neg.PASSING_MENTION),
                    ("related_condition", entail_neg.RELATED_CONDITION),
                    ("side_question", entail_neg.SIDE_QUESTION),
                    ("other_population", entail_neg.OTHER_POPULATION)):
    ent.extend({"chq": c, "faq": f, "label": 0, "kind": kind} for c, f in pairs)

random.Random(1501).shuffle(look)
random.Random(1502).shuffle(ent)


def write(name, rows, prefix, keys):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": "%s-%04d" % (prefix, i)}
            for k in keys:
                obj[k] = r[k]
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


write("lookalike.jsonl", look, "k15-l", ("q1", "q2", "label", "kind"))
write("entailment.jsonl", ent, "k15-e", ("chq", "faq", "label", "kind"))
print("wrote %d lookalike, %d entailment" % (len(look), len(ent)))
