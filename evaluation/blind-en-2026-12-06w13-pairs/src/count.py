"""Validate the built JSONL files and print counts per kind and label with mean word Jaccard."""
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
        "prefix": "k13-l-",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "minimum": {"lookalike_high_overlap": 130, "paraphrase_low_overlap": 130},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "sides": ("chq", "faq"),
        "prefix": "k13-e-",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "minimum": {"entails": 100, "other_type": 20, "passing_mention": 20,
                    "related_condition": 20, "side_question": 20, "other_population": 20},
    },
}


def words(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def norm(t):
    return " ".join(re.findall(r"[a-z0-9]+", t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if (wa | wb) else 0.0


def main():
    errors = []
    seen = {}
    ids = set()
    for fname, spec in SPECS.items():
        path = os.path.join(OUT, fname)
        stats = defaultdict(lambda: [0, 0.0, 0, 0])
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                row = json.loads(line)
                if list(row.keys()) != spec["fields"]:
                    errors.append("%s:%d fields %s" % (fname, n, list(row.keys())))
                if not row["id"].startswith(spec["prefix"]) or row["id"] in ids:
                    errors.append("%s:%d bad id %s" % (fname, n, row["id"]))
                ids.add(row["id"])
                kind = row["kind"]
                if kind not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (fname, n, kind))
                    continue
                if row["label"] != spec["kinds"][kind]:
                    errors.append("%s:%d label %r for kind %s" % (fname, n, row["label"], kind))
                a, b = row[spec["sides"][0]], row[spec["sides"][1]]
                for t in (a, b):
                    if not isinstance(t, str) or not t.strip():
                        errors.append("%s:%d empty text" % (fname, n))
                        continue
                    k = norm(t)
                    if k in seen:
                        errors.append("duplicate text: %r (%s and %s:%s)" % (t[:60], seen[k], fname, row["id"]))
                    else:
                        seen[k] = "%s:%s" % (fname, row["id"])
                s = stats[(kind, row["label"])]
                s[0] += 1
                s[1] += jaccard(a, b)
                s[2] += len(a.split())
                s[3] += len(b.split())
        print(fname)
        print("  %-24s %5s %5s %9s %9s %9s" % ("kind", "label", "n", "jaccard", "words_a", "words_b"))
        total = 0
        for (kind, label), s in sorted(stats.items(), key=lambda x: (-x[0][1], x[0][0])):
            print("  %-24s %5d %5d %9.3f %9.1f %9.1f" % (kind, label, s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0]))
            total += s[0]
            if s[0] < spec["minimum"].get(kind, 0):
                errors.append("%s: only %d of %s" % (fname, s[0], kind))
        for kind in spec["kinds"]:
            if not any(k == kind for (k, _) in stats):
                errors.append("%s: no items of %s" % (fname, kind))
        print("  %-24s %5s %5d" % ("total", "", total))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
