"""Validate the two JSONL files and print count tables with mean word Jaccard per kind."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "prefix": "k11-l-",
        "a": "q1", "b": "q2",
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "prefix": "k11-e-",
        "a": "chq", "b": "faq",
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
    },
}


def words(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def norm(t):
    return " ".join(t.lower().split())


errors = []
for fname, spec in SPECS.items():
    path = os.path.join(OUT, fname)
    ids = set()
    texts = defaultdict(int)
    per_kind = defaultdict(list)
    labels = defaultdict(int)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append("%s:%d does not parse: %s" % (fname, n, e))
                continue
            if list(obj.keys()) != spec["fields"]:
                errors.append("%s:%d fields %s" % (fname, n, list(obj.keys())))
                continue
            if not obj["id"].startswith(spec["prefix"]) or not re.fullmatch(r"\d{4}", obj["id"][len(spec["prefix"]):]):
                errors.append("%s:%d bad id %s" % (fname, n, obj["id"]))
            if obj["id"] in ids:
                errors.append("%s:%d duplicate id %s" % (fname, n, obj["id"]))
            ids.add(obj["id"])
            if obj["kind"] not in spec["kinds"]:
                errors.append("%s:%d unknown kind %s" % (fname, n, obj["kind"]))
            elif spec["kinds"][obj["kind"]] != obj["label"] or type(obj["label"]) is not int:
                errors.append("%s:%d label %r inconsistent with kind %s" % (fname, n, obj["label"], obj["kind"]))
            a, b = obj[spec["a"]], obj[spec["b"]]
            if not a.strip() or not b.strip():
                errors.append("%s:%d empty text" % (fname, n))
            if norm(a) == norm(b):
                errors.append("%s:%d identical texts within item" % (fname, n))
            if fname == "lookalike.jsonl":
                texts[norm(a)] += 1
                texts[norm(b)] += 1
            else:
                texts["chq:" + norm(a)] += 1
                texts["faq:" + norm(b)] += 1
            per_kind[obj["kind"]].append(jaccard(a, b))
            labels[obj["label"]] += 1
    for t, c in texts.items():
        if c > 1:
            errors.append("%s: duplicate text (%dx): %s" % (fname, c, t[:60]))
    print("== %s: %d rows" % (fname, sum(len(v) for v in per_kind.values())))
    for lab in sorted(labels):
        print("  label %d: %d" % (lab, labels[lab]))
    print("  %-24s %6s %14s" % ("kind", "count", "mean_jaccard"))
    for k in spec["kinds"]:
        v = per_kind.get(k, [])
        m = sum(v) / len(v) if v else 0.0
        print("  %-24s %6d %14.3f" % (k, len(v), m))
    print()

if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("All checks passed.")
