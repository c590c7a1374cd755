"""Validate the two JSONL files and print count tables with mean word Jaccard per kind."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "prefix": "k7-l-",
        "texts": ("q1", "q2"),
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "prefix": "k7-e-",
        "texts": ("chq", "faq"),
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0,
                  "other_population": 0},
    },
}

WORD = re.compile(r"[a-z0-9']+")


def jaccard(a, b):
    sa, sb = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def norm(t):
    return " ".join(WORD.findall(t.lower()))


def main():
    errors = []
    all_texts = collections.Counter()
    for name, spec in SPECS.items():
        path = os.path.join(OUT, name)
        ids = set()
        per_kind = collections.defaultdict(list)
        labels = collections.Counter()
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    row = json.loads(line)
                except ValueError as e:
                    errors.append("%s:%d does not parse: %s" % (name, n, e))
                    continue
                if list(row.keys()) != spec["fields"]:
                    errors.append("%s:%d fields %s" % (name, n, list(row.keys())))
                    continue
                if not row["id"].startswith(spec["prefix"]):
                    errors.append("%s:%d bad id prefix %s" % (name, n, row["id"]))
                if row["id"] in ids:
                    errors.append("%s:%d duplicate id %s" % (name, n, row["id"]))
                ids.add(row["id"])
                kind = row["kind"]
                if kind not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (name, n, kind))
                elif row["label"] != spec["kinds"][kind]:
                    errors.append("%s:%d label %r inconsistent with kind %s"
                                  % (name, n, row["label"], kind))
                a, b = (row[k] for k in spec["texts"])
                for t in (a, b):
                    if not isinstance(t, str) or not t.strip():
                        errors.append("%s:%d empty text" % (name, n))
                    all_texts[norm(t)] += 1
                if norm(a) == norm(b):
                    errors.append("%s:%d identical texts in one item" % (name, n))
                labels[row["label"]] += 1
                per_kind[kind].append(jaccard(a, b))
        print("== %s: %d items" % (name, sum(labels.values())))
        print("  label counts: " + ", ".join("%s=%d" % (k, labels[k]) for k in sorted(labels)))
        print("  %-24s %5s %8s" % ("kind", "n", "jaccard"))
        for kind in spec["kinds"]:
            js = per_kind.get(kind, [])
            mean = sum(js) / len(js) if js else 0.0
            print("  %-24s %5d %8.3f" % (kind, len(js), mean))
    dups = [t for t, c in all_texts.items() if c > 1]
    for t in dups:
        errors.append("duplicate text: %s" % t[:80])

    # Sub-type counts from the hand-written source lists (not in the JSONL).
    sys.path.insert(0, HERE)
    import lookalike_neg
    import lookalike_pos
    print("== source sub-types (lookalike.jsonl)")
    for mod in (lookalike_neg, lookalike_pos):
        for g, pairs in mod.GROUPS.items():
            print("  %-24s %5d" % (g, len(pairs)))

    if errors:
        print("== %d ERRORS" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("== all checks passed")


if __name__ == "__main__":
    main()
