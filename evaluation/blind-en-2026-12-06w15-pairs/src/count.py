"""Validate the JSONL files and print counts per kind/label with mean word Jaccard overlap."""
import json
import os
import re
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = {
    "lookalike.jsonl": (("id", "q1", "q2", "label", "kind"), "q1", "q2",
                        {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1}, "k15-l-"),
    "entailment.jsonl": (("id", "chq", "faq", "label", "kind"), "chq", "faq",
                         {"entails": 1, "other_type": 0, "passing_mention": 0,
                          "related_condition": 0, "side_question": 0, "other_population": 0}, "k15-e-"),
}
MINIMUM = {"lookalike_high_overlap": 130, "paraphrase_low_overlap": 130, "entails": 100,
           "other_type": 20, "passing_mention": 20, "related_condition": 20,
           "side_question": 20, "other_population": 20}


def words(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def jac(a, b):
    A, B = words(a), words(b)
    return len(A & B) / len(A | B) if A | B else 0.0


errors = []
seen = {}
ids = set()
for fname, (fields, ka, kb, kinds, prefix) in SPECS.items():
    stats = defaultdict(list)
    with open(os.path.join(OUT, fname), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            obj = json.loads(line)
            if tuple(obj.keys()) != fields:
                errors.append("%s:%d fields %s" % (fname, n, list(obj.keys())))
                continue
            if not obj["id"].startswith(prefix) or obj["id"] in ids:
                errors.append("%s:%d bad id %s" % (fname, n, obj["id"]))
            ids.add(obj["id"])
            if obj["kind"] not in kinds:
                errors.append("%s:%d unknown kind %s" % (fname, n, obj["kind"]))
                continue
            if obj["label"] != kinds[obj["kind"]]:
                errors.append("%s:%d label %r for kind %s" % (fname, n, obj["label"], obj["kind"]))
            for k in (ka, kb):
                t = obj[k]
                if not isinstance(t, str) or not t.strip():
                    errors.append("%s:%d empty %s" % (fname, n, k))
                key = " ".join(t.lower().split())
                if key in seen:
                    errors.append("%s:%d duplicate text (also %s): %s" % (fname, n, seen[key], t[:60]))
                seen[key] = "%s:%d" % (fname, n)
            stats[(obj["kind"], obj["label"])].append(jac(obj[ka], obj[kb]))
    print(fname)
    print("  %-24s %5s %6s %12s" % ("kind", "label", "count", "mean_jaccard"))
    for (kind, label), v in sorted(stats.items()):
        print("  %-24s %5d %6d %12.3f" % (kind, label, len(v), sum(v) / len(v)))
        if len(v) < MINIMUM[kind]:
            errors.append("%s: only %d of kind %s" % (fname, len(v), kind))
    print("  %-24s %5s %6d" % ("total", "", sum(len(v) for v in stats.values())))

if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
