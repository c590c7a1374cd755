"""Validate the two JSONL files and print count tables with mean word Jaccard per kind."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "prefix": "k10-l-",
        "texts": ("q1", "q2"),
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "prefix": "k10-e-",
        "texts": ("chq", "faq"),
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
    },
}


def words(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if (wa | wb) else 0.0


def norm(t):
    return " ".join(t.lower().split())


def main():
    errors = []
    for name, spec in SPECS.items():
        path = os.path.join(OUT, name)
        ids = set()
        seen_texts = {}
        seen_pairs = set()
        per_kind = defaultdict(list)
        per_label = defaultdict(int)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append("%s:%d does not parse: %s" % (name, n, e))
                    continue
                if list(obj.keys()) != spec["fields"]:
                    errors.append("%s:%d fields %s" % (name, n, list(obj.keys())))
                    continue
                if not re.fullmatch(re.escape(spec["prefix"]) + r"\d{4}", obj["id"]):
                    errors.append("%s:%d bad id %s" % (name, n, obj["id"]))
                if obj["id"] in ids:
                    errors.append("%s:%d duplicate id %s" % (name, n, obj["id"]))
                ids.add(obj["id"])
                kind = obj["kind"]
                if kind not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (name, n, kind))
                elif obj["label"] != spec["kinds"][kind] or type(obj["label"]) is not int:
                    errors.append("%s:%d label %r inconsistent with kind %s" % (name, n, obj["label"], kind))
                a, b = spec["texts"]
                ta, tb = obj[a], obj[b]
                if not ta.strip() or not tb.strip():
                    errors.append("%s:%d empty text" % (name, n))
                if norm(ta) == norm(tb):
                    errors.append("%s:%d both texts identical" % (name, n))
                pair = tuple(sorted((norm(ta), norm(tb))))
                if pair in seen_pairs:
                    errors.append("%s:%d duplicate pair" % (name, n))
                seen_pairs.add(pair)
                # a long text (q or chq) must not appear twice in the file
                fields_to_check = (a, b) if name == "lookalike.jsonl" else (a,)
                for fld in fields_to_check:
                    key = norm(obj[fld])
                    if key in seen_texts:
                        errors.append("%s:%d duplicate text in %s (also %s)" % (name, n, fld, seen_texts[key]))
                    seen_texts[key] = obj["id"]
                per_kind[kind].append(jaccard(ta, tb))
                per_label[obj["label"]] += 1
        print("== %s ==" % name)
        print("%-26s %6s %6s %14s" % ("kind", "label", "count", "mean_jaccard"))
        for kind, lab in spec["kinds"].items():
            js = per_kind.get(kind, [])
            mean = sum(js) / len(js) if js else 0.0
            print("%-26s %6d %6d %14.3f" % (kind, lab, len(js), mean))
        print("labels: " + ", ".join("%d=%d" % (k, per_label[k]) for k in sorted(per_label)))
        print("total: %d" % sum(per_label.values()))
        print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
