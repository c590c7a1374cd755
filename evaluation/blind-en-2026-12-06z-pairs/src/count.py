"""Validate the JSONL files and print count tables with mean word Jaccard per kind."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "prefix": r"^k8-l-\d{4}$",
        "texts": ("q1", "q2"),
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "min": {0: 130, 1: 130},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "prefix": r"^k8-e-\d{4}$",
        "texts": ("chq", "faq"),
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "min": {0: 100, 1: 100},
    },
}

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(t):
    return set(WORD.findall(t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def norm(t):
    return " ".join(t.lower().split())


def check(name, spec):
    errors = []
    path = os.path.join(OUT, name)
    ids = set()
    seen_text = {}
    seen_pair = set()
    per_kind = defaultdict(list)
    per_label = defaultdict(int)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except Exception as e:  # noqa
                errors.append("%s:%d does not parse: %s" % (name, n, e))
                continue
            if list(obj.keys()) != spec["fields"]:
                errors.append("%s:%d fields %s" % (name, n, list(obj.keys())))
                continue
            if not re.match(spec["prefix"], obj["id"]):
                errors.append("%s:%d bad id %s" % (name, n, obj["id"]))
            if obj["id"] in ids:
                errors.append("%s:%d duplicate id %s" % (name, n, obj["id"]))
            ids.add(obj["id"])
            kind, label = obj["kind"], obj["label"]
            if kind not in spec["kinds"]:
                errors.append("%s:%d unknown kind %s" % (name, n, kind))
            elif spec["kinds"][kind] != label:
                errors.append("%s:%d label %r inconsistent with kind %s" % (name, n, label, kind))
            a, b = obj[spec["texts"][0]], obj[spec["texts"][1]]
            if not isinstance(a, str) or not isinstance(b, str) or not a.strip() or not b.strip():
                errors.append("%s:%d empty text" % (name, n))
                continue
            if norm(a) == norm(b):
                errors.append("%s:%d identical texts in pair" % (name, n))
            pair = tuple(sorted([norm(a), norm(b)]))
            if pair in seen_pair:
                errors.append("%s:%d duplicate pair" % (name, n))
            seen_pair.add(pair)
            for t in (a, b):
                k = norm(t)
                if k in seen_text:
                    errors.append("%s:%d duplicate text (also line %d): %.40s" % (name, n, seen_text[k], t))
                else:
                    seen_text[k] = n
            per_kind[kind].append(jaccard(a, b))
            per_label[label] += 1
    for lab, mn in spec["min"].items():
        if per_label[lab] < mn:
            errors.append("%s: label %d has %d < %d" % (name, lab, per_label[lab], mn))
    print("== %s ==" % name)
    print("%-26s %6s %6s %14s" % ("kind", "label", "count", "mean_jaccard"))
    for kind in spec["kinds"]:
        js = per_kind.get(kind, [])
        mean = sum(js) / len(js) if js else 0.0
        print("%-26s %6d %6d %14.3f" % (kind, spec["kinds"][kind], len(js), mean))
    print("label counts: " + ", ".join("%d=%d" % (k, per_label[k]) for k in sorted(per_label)))
    print("total: %d" % sum(per_label.values()))
    print()
    return errors


def main():
    errors = []
    for name, spec in SPECS.items():
        errors += check(name, spec)
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
