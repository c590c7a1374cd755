"""Validate lookalike.jsonl and entailment.jsonl and print counts per kind and label
with the mean word Jaccard overlap of the two sides. Standard library only."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "sides": ("q1", "q2"),
        "prefix": "k16-l-",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "minimum": {"lookalike_high_overlap": 130, "paraphrase_low_overlap": 130},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "sides": ("chq", "faq"),
        "prefix": "k16-e-",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "minimum": {"entails": 100, "other_type": 20, "passing_mention": 20,
                    "related_condition": 20, "side_question": 20, "other_population": 20},
    },
}


def words(text):
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


def norm(text):
    return " ".join(text.lower().split())


def main():
    errors = []
    seen_text = {}
    seen_ids = set()
    for fname, spec in SPECS.items():
        path = os.path.join(OUT, fname)
        stats = defaultdict(lambda: [0, 0.0, 0, 0])  # n, jaccard sum, words side A, words side B
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                row = json.loads(line)
                where = "%s:%d" % (fname, ln)
                if sorted(row) != sorted(spec["fields"]):
                    errors.append("%s bad fields %s" % (where, sorted(row)))
                    continue
                if not row["id"].startswith(spec["prefix"]) or row["id"] in seen_ids:
                    errors.append("%s bad or repeated id %s" % (where, row["id"]))
                seen_ids.add(row["id"])
                kind, label = row["kind"], row["label"]
                if kind not in spec["kinds"]:
                    errors.append("%s unknown kind %s" % (where, kind))
                    continue
                if label not in (0, 1) or label != spec["kinds"][kind]:
                    errors.append("%s label %r does not fit kind %s" % (where, label, kind))
                a, b = spec["sides"]
                for side in (a, b):
                    t = row[side]
                    if not isinstance(t, str) or not t.strip():
                        errors.append("%s empty %s" % (where, side))
                        continue
                    key = norm(t)
                    if key in seen_text:
                        errors.append("%s duplicate text (also %s): %s" % (where, seen_text[key], t))
                    else:
                        seen_text[key] = where
                s = stats[(kind, label)]
                s[0] += 1
                s[1] += jaccard(row[a], row[b])
                s[2] += len(row[a].split())
                s[3] += len(row[b].split())
        print(fname)
        print("  %-24s %5s %5s %9s %8s %8s" % ("kind", "label", "n", "jaccard", "words_" + a, "words_" + b))
        total = 0
        for kind in spec["kinds"]:
            lab = spec["kinds"][kind]
            n, js, wa, wb = stats.get((kind, lab), [0, 0.0, 0, 0])
            total += n
            if n < spec["minimum"][kind]:
                errors.append("%s: only %d items of kind %s" % (fname, n, kind))
            mean = js / n if n else 0.0
            print("  %-24s %5d %5d %9.3f %8.1f %8.1f" % (kind, lab, n, mean,
                                                          wa / n if n else 0, wb / n if n else 0))
        print("  %-24s %5s %5d" % ("total", "", total))
        print()
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
