"""Validate the JSONL files and print counts per kind and label,
with the mean word Jaccard overlap of the two sides (standard library only)."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "sides": ("q1", "q2"),
        "prefix": "k14-l-",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "min": {"lookalike_high_overlap": 130, "paraphrase_low_overlap": 130},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "sides": ("chq", "faq"),
        "prefix": "k14-e-",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "min": {"entails": 100, "other_type": 20, "passing_mention": 20,
                "related_condition": 20, "side_question": 20, "other_population": 20},
    },
}


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def jaccard(a, b):
    sa, sb = set(words(a)), set(words(b))
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def norm(text):
    return " ".join(text.lower().split())


def main():
    errors = []
    seen = {}
    for fname, spec in SPEC.items():
        path = os.path.join(OUT, fname)
        stats = defaultdict(lambda: [0, 0.0, 0, 0])  # n, jaccard sum, words side1, words side2
        ids = set()
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                rec = json.loads(line)
                if sorted(rec) != sorted(spec["fields"]):
                    errors.append("%s:%d bad fields %s" % (fname, ln, sorted(rec)))
                    continue
                if not rec["id"].startswith(spec["prefix"]) or rec["id"] in ids:
                    errors.append("%s:%d bad or repeated id %s" % (fname, ln, rec["id"]))
                ids.add(rec["id"])
                kind, label = rec["kind"], rec["label"]
                if kind not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (fname, ln, kind))
                    continue
                if label not in (0, 1) or label != spec["kinds"][kind]:
                    errors.append("%s:%d label %r does not fit kind %s" % (fname, ln, label, kind))
                a, b = spec["sides"]
                for side in (a, b):
                    t = rec[side]
                    if not isinstance(t, str) or not t.strip():
                        errors.append("%s:%d empty %s" % (fname, ln, side))
                        continue
                    key = norm(t)
                    if key in seen:
                        errors.append("duplicate text: %s:%d and %s: %r" % (fname, ln, seen[key], t[:60]))
                    else:
                        seen[key] = "%s:%d" % (fname, ln)
                st = stats[(kind, label)]
                st[0] += 1
                st[1] += jaccard(rec[a], rec[b])
                st[2] += len(words(rec[a]))
                st[3] += len(words(rec[b]))
        print(fname)
        print("  %-24s %5s %5s %9s %9s %9s" % ("kind", "label", "n", "jaccard", "words_" + spec["sides"][0], "words_" + spec["sides"][1]))
        total = 0
        for (kind, label), st in sorted(stats.items(), key=lambda x: (-x[0][1], x[0][0])):
            n = st[0]
            total += n
            print("  %-24s %5d %5d %9.3f %9.1f %9.1f" % (kind, label, n, st[1] / n, st[2] / n, st[3] / n))
        print("  %-24s %5s %5d" % ("total", "", total))
        for kind, m in spec["min"].items():
            n = sum(st[0] for (k, _), st in stats.items() if k == kind)
            if n < m:
                errors.append("%s: kind %s has %d < %d" % (fname, kind, n, m))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
