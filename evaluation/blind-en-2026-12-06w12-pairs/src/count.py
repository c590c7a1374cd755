"""Validate the JSONL files and print count tables with mean word Jaccard per kind."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

SPEC = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "prefix": "k12-l-",
        "a": "q1", "b": "q2",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "min": {0: 130, 1: 130},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "prefix": "k12-e-",
        "a": "chq", "b": "faq",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "min": {0: 100, 1: 100},
        "min_kind": {"other_type": 20, "passing_mention": 20, "related_condition": 20,
                     "side_question": 20, "other_population": 20},
    },
}


def words(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def main():
    errors = []
    all_texts = Counter()
    for fname, spec in SPEC.items():
        path = os.path.join(OUT, fname)
        ids = set()
        per_kind = Counter()
        per_label = Counter()
        jac = defaultdict(list)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except Exception as e:
                    errors.append("%s:%d does not parse: %s" % (fname, n, e))
                    continue
                if list(obj.keys()) != spec["fields"]:
                    errors.append("%s:%d fields %s" % (fname, n, list(obj.keys())))
                    continue
                if obj["id"] in ids:
                    errors.append("%s:%d duplicate id %s" % (fname, n, obj["id"]))
                ids.add(obj["id"])
                if not re.fullmatch(re.escape(spec["prefix"]) + r"\d{4}", obj["id"]):
                    errors.append("%s:%d bad id %s" % (fname, n, obj["id"]))
                kind, label = obj["kind"], obj["label"]
                if kind not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (fname, n, kind))
                elif spec["kinds"][kind] != label:
                    errors.append("%s:%d label %r inconsistent with kind %s" % (fname, n, label, kind))
                a, b = obj[spec["a"]], obj[spec["b"]]
                if a.strip() == b.strip():
                    errors.append("%s:%d identical texts in one item" % (fname, n))
                all_texts[a.strip()] += 1
                all_texts[b.strip()] += 1
                per_kind[kind] += 1
                per_label[label] += 1
                jac[kind].append(jaccard(a, b))
        for lab, m in spec["min"].items():
            if per_label[lab] < m:
                errors.append("%s: only %d items with label %d (need %d)" % (fname, per_label[lab], lab, m))
        for k, m in spec.get("min_kind", {}).items():
            if per_kind[k] < m:
                errors.append("%s: only %d items of kind %s (need %d)" % (fname, per_kind[k], k, m))
        print("== %s: %d lines" % (fname, sum(per_kind.values())))
        print("  %-26s %6s %6s %12s" % ("kind", "label", "count", "mean_jacc"))
        for k in spec["kinds"]:
            js = jac.get(k, [])
            mj = sum(js) / len(js) if js else 0.0
            print("  %-26s %6d %6d %12.3f" % (k, spec["kinds"][k], per_kind[k], mj))
        print("  labels: " + ", ".join("%d=%d" % (l, per_label[l]) for l in sorted(per_label)))
    dups = [t for t, c in all_texts.items() if c > 1]
    for t in dups:
        errors.append("duplicate text: %s..." % t[:60])
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
