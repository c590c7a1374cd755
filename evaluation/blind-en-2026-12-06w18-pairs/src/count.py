"""Validate the JSONL files and print counts per kind and label with mean word Jaccard."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "a": "q1", "b": "q2", "prefix": "k18-l-",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "minimum": {"lookalike_high_overlap": 130, "paraphrase_low_overlap": 130},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "a": "chq", "b": "faq", "prefix": "k18-e-",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "minimum": {"entails": 100, "other_type": 20, "passing_mention": 20,
                    "related_condition": 20, "side_question": 20, "other_population": 20},
    },
}


def words(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


def norm(t):
    return " ".join(t.lower().split())


def main():
    errors = []
    seen_text = {}
    seen_ids = set()
    for fname, spec in SPECS.items():
        path = os.path.join(OUT, fname)
        stats = defaultdict(list)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                row = json.loads(line)
                if list(row.keys()) != spec["fields"]:
                    errors.append("%s:%d fields %s" % (fname, n, list(row.keys())))
                    continue
                if row["id"] in seen_ids or not re.fullmatch(re.escape(spec["prefix"]) + r"\d{4}", row["id"]):
                    errors.append("%s:%d bad or duplicate id %s" % (fname, n, row["id"]))
                seen_ids.add(row["id"])
                kind = row["kind"]
                if kind not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (fname, n, kind))
                    continue
                if row["label"] != spec["kinds"][kind]:
                    errors.append("%s:%d label %r does not fit kind %s" % (fname, n, row["label"], kind))
                for side in (spec["a"], spec["b"]):
                    t = row[side]
                    if not isinstance(t, str) or not t.strip():
                        errors.append("%s:%d empty %s" % (fname, n, side))
                        continue
                    k = norm(t)
                    if k in seen_text:
                        errors.append("%s:%d duplicate text (also %s): %s" % (fname, n, seen_text[k], t[:60]))
                    else:
                        seen_text[k] = "%s:%d" % (fname, n)
                stats[(kind, row["label"])].append(jaccard(row[spec["a"]], row[spec["b"]]))
        print("\n%s" % fname)
        print("%-24s %5s %6s %12s" % ("kind", "label", "count", "mean_jacc"))
        total = 0
        for (kind, label), js in sorted(stats.items()):
            print("%-24s %5d %6d %12.3f" % (kind, label, len(js), sum(js) / len(js)))
            total += len(js)
        print("%-24s %5s %6d" % ("total", "", total))
        for kind, need in spec["minimum"].items():
            have = sum(len(v) for (k, _), v in stats.items() if k == kind)
            if have < need:
                errors.append("%s: only %d of kind %s (need %d)" % (fname, have, kind, need))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
