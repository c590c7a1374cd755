"""Validate the two JSONL files and print count tables with mean word Jaccard per kind."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "prefix": "k9-l-",
        "a": "q1", "b": "q2",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "prefix": "k9-e-",
        "a": "chq", "b": "faq",
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
    all_texts = Counter()
    all_ids = Counter()
    tables = {}
    for fname, spec in SPECS.items():
        path = os.path.join(OUT, fname)
        rows = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except Exception as e:
                    errors.append("%s:%d does not parse (%s)" % (fname, n, e))
                    continue
                if list(obj.keys()) != spec["fields"]:
                    errors.append("%s:%d fields %s" % (fname, n, list(obj.keys())))
                    continue
                if not obj["id"].startswith(spec["prefix"]) or not re.fullmatch(r"\d{4}", obj["id"][len(spec["prefix"]):]):
                    errors.append("%s:%d bad id %s" % (fname, n, obj["id"]))
                all_ids[obj["id"]] += 1
                if obj["kind"] not in spec["kinds"]:
                    errors.append("%s:%d unknown kind %s" % (fname, n, obj["kind"]))
                elif obj["label"] != spec["kinds"][obj["kind"]] or type(obj["label"]) is not int:
                    errors.append("%s:%d label %r inconsistent with kind %s" % (fname, n, obj["label"], obj["kind"]))
                for k in (spec["a"], spec["b"]):
                    if not isinstance(obj[k], str) or not obj[k].strip():
                        errors.append("%s:%d empty %s" % (fname, n, k))
                if norm(obj[spec["a"]]) == norm(obj[spec["b"]]):
                    errors.append("%s:%d identical texts in pair" % (fname, n))
                rows.append(obj)
        # duplicate texts: every q1/q2/chq counted once per occurrence; FAQs checked within file pairs only
        for r in rows:
            if fname == "lookalike.jsonl":
                all_texts[norm(r["q1"])] += 1
                all_texts[norm(r["q2"])] += 1
            else:
                all_texts[norm(r["chq"])] += 1
        faqs = Counter(norm(r["faq"]) for r in rows) if fname == "entailment.jsonl" else Counter()
        for t, c in faqs.items():
            if c > 1:
                errors.append("%s: duplicate faq %r x%d" % (fname, t, c))
        pairs = Counter((norm(r[spec["a"]]), norm(r[spec["b"]])) for r in rows)
        for p, c in pairs.items():
            if c > 1:
                errors.append("%s: duplicate pair x%d" % (fname, c))
        tables[fname] = (spec, rows)
    for t, c in all_texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %r" % (c, t[:80]))
    for i, c in all_ids.items():
        if c > 1:
            errors.append("duplicate id %s" % i)

    for fname, (spec, rows) in tables.items():
        print("== %s: %d rows" % (fname, len(rows)))
        print("  %-24s %6s %6s %10s" % ("kind", "label", "count", "jaccard"))
        by = defaultdict(list)
        for r in rows:
            by[r["kind"]].append(jaccard(r[spec["a"]], r[spec["b"]]))
        for kind in spec["kinds"]:
            js = by.get(kind, [])
            mean = sum(js) / len(js) if js else 0.0
            print("  %-24s %6d %6d %10.3f" % (kind, spec["kinds"][kind], len(js), mean))
        lab = Counter(r["label"] for r in rows)
        print("  labels: 0=%d 1=%d" % (lab[0], lab[1]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation: OK")


if __name__ == "__main__":
    main()
