"""Validate the JSONL files and print count tables (standard library only)."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "texts": ["q1", "q2"],
        "prefix": "k-l-",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "texts": ["chq", "faq"],
        "prefix": "k-e-",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
    },
}

# No field in this task holds a substring label; the list is kept so the check runs
# (and would be applied) if one were added: (file, span_field, text_field).
SUBSTRING_FIELDS = []

WORD = re.compile(r"[a-z0-9']+")


def words(t):
    return set(WORD.findall(t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if (wa | wb) else 0.0


def sentences(t):
    return len([s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s])


def main():
    errors = []
    all_ids = set()
    for fname, spec in SPECS.items():
        path = os.path.join(OUT, fname)
        rows = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line))
                except Exception as e:  # noqa
                    errors.append("%s:%d does not parse: %s" % (fname, n, e))
        seen_texts = {}
        by_kind = Counter()
        by_label = Counter()
        jac = defaultdict(list)
        lens = defaultdict(list)
        for r in rows:
            rid = r.get("id")
            if list(r.keys()) != spec["fields"]:
                errors.append("%s %s: fields %s" % (fname, rid, list(r.keys())))
                continue
            if rid in all_ids:
                errors.append("duplicate id %s" % rid)
            all_ids.add(rid)
            if not re.fullmatch(re.escape(spec["prefix"]) + r"\d{4}", rid):
                errors.append("bad id %s" % rid)
            if r["kind"] not in spec["kinds"]:
                errors.append("%s: bad kind %s" % (rid, r["kind"]))
                continue
            if r["label"] not in (0, 1) or r["label"] != spec["kinds"][r["kind"]]:
                errors.append("%s: label %r does not fit kind %s" % (rid, r["label"], r["kind"]))
            a, b = (r[k] for k in spec["texts"])
            for k in spec["texts"]:
                t = r[k]
                if not isinstance(t, str) or not t.strip():
                    errors.append("%s: empty %s" % (rid, k))
                key = " ".join(t.lower().split())
                if key in seen_texts:
                    errors.append("%s: duplicate text (also in %s)" % (rid, seen_texts[key]))
                seen_texts[key] = rid
            by_kind[r["kind"]] += 1
            by_label[r["label"]] += 1
            jac[r["kind"]].append(jaccard(a, b))
            lens[r["kind"]].append(sentences(a))
        for (sf, span, txt) in SUBSTRING_FIELDS:
            if sf == fname:
                for r in rows:
                    if r[span] not in r[txt]:
                        errors.append("%s: %s not a substring of %s" % (r["id"], span, txt))
        print("== %s: %d rows" % (fname, len(rows)))
        print("%-24s %6s %6s %14s" % ("kind", "label", "count", "mean_jaccard"))
        for kind, lab in spec["kinds"].items():
            js = jac[kind]
            m = sum(js) / len(js) if js else 0.0
            print("%-24s %6d %6d %14.3f" % (kind, lab, by_kind[kind], m))
        print("label counts: " + ", ".join("%d=%d" % (k, by_label[k]) for k in sorted(by_label)))
        if fname == "entailment.jsonl":
            allc = [x for v in lens.values() for x in v]
            print("chq sentences: min %d, max %d, mean %.1f" % (min(allc), max(allc), sum(allc) / len(allc)))
        print()
    print("substring labels: none defined for this task (check is a no-op)")
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
