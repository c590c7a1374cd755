"""Validate the two JSONL files and print counts per kind and label with mean word Jaccard overlap."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[a-z0-9']+")

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "texts": ("q1", "q2"),
        "prefix": "k17-l-",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "minimum": {"lookalike_high_overlap": 130, "paraphrase_low_overlap": 130},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "texts": ("chq", "faq"),
        "prefix": "k17-e-",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "minimum": {"entails": 100, "other_type": 20, "passing_mention": 20,
                    "related_condition": 20, "side_question": 20, "other_population": 20},
    },
}


def words(t):
    return set(WORD.findall(t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if (wa | wb) else 0.0


def main():
    errors = []
    seen_text = {}
    seen_ids = set()
    rows_out = []
    for fname, spec in SPECS.items():
        path = os.path.join(OUT, fname)
        stats = defaultdict(list)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                r = json.loads(line)
                if sorted(r) != sorted(spec["fields"]):
                    errors.append("%s:%d bad fields %s" % (fname, n, sorted(r)))
                    continue
                if not r["id"].startswith(spec["prefix"]) or r["id"] in seen_ids:
                    errors.append("%s:%d bad or repeated id %s" % (fname, n, r["id"]))
                seen_ids.add(r["id"])
                if r["kind"] not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (fname, n, r["kind"]))
                    continue
                if r["label"] != spec["kinds"][r["kind"]]:
                    errors.append("%s:%d label %r does not fit kind %s" % (fname, n, r["label"], r["kind"]))
                a, b = (r[k] for k in spec["texts"])
                for t in (a, b):
                    if not isinstance(t, str) or not t.strip():
                        errors.append("%s:%d empty text" % (fname, n))
                        continue
                    key = " ".join(t.lower().split())
                    if key in seen_text:
                        errors.append("%s:%d duplicate text (also %s): %s" % (fname, n, seen_text[key], t[:60]))
                    else:
                        seen_text[key] = "%s:%d" % (fname, n)
                stats[(r["kind"], r["label"])].append(jaccard(a, b))
        for kind, minimum in spec["minimum"].items():
            got = len(stats[(kind, spec["kinds"][kind])])
            if got < minimum:
                errors.append("%s: kind %s has %d < %d" % (fname, kind, got, minimum))
        for (kind, label), js in sorted(stats.items()):
            rows_out.append((fname, kind, label, len(js), sum(js) / len(js)))

    print("%-18s %-24s %5s %6s %13s" % ("file", "kind", "label", "count", "mean_jaccard"))
    for fname, kind, label, cnt, mj in rows_out:
        print("%-18s %-24s %5d %6d %13.3f" % (fname, kind, label, cnt, mj))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
