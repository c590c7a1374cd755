"""Validate the test set files and print count tables. Python 3 standard library only."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECS = {
    "lookalike.jsonl": {
        "fields": ["id", "q1", "q2", "label", "kind"],
        "prefix": "k-l",
        "text_fields": ["q1", "q2"],
        "kinds": {"lookalike_high_overlap": 0, "paraphrase_low_overlap": 1},
        "min_items": 200,
    },
    "entailment.jsonl": {
        "fields": ["id", "chq", "faq", "label", "kind"],
        "prefix": "k-e",
        "text_fields": ["chq", "faq"],
        "kinds": {"entails": 1, "other_type": 0, "passing_mention": 0,
                  "related_condition": 0, "side_question": 0, "other_population": 0},
        "min_items": 160,
    },
}
# This set has no substring (span) fields; the check below runs over any listed here.
SUBSTRING_FIELDS = {"lookalike.jsonl": [], "entailment.jsonl": []}


def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def n_sentences(t):
    return len([x for x in re.split(r"[.?!]+\s+|[.?!]+$", t.strip()) if x.strip()])


def main():
    errors = []
    all_ids = set()
    text_seen = {}
    tables = {}
    for fname, spec in SPECS.items():
        path = os.path.join(OUT, fname)
        if not os.path.exists(path):
            errors.append("%s: missing" % fname)
            continue
        rows = []
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except Exception as e:
                    errors.append("%s:%d: bad JSON (%s)" % (fname, ln, e))
                    continue
                rows.append((ln, r))
        for ln, r in rows:
            where = "%s:%d" % (fname, ln)
            if sorted(r.keys()) != sorted(spec["fields"]):
                errors.append("%s: fields %s != %s" % (where, sorted(r.keys()), sorted(spec["fields"])))
                continue
            rid = r["id"]
            if not (isinstance(rid, str) and re.fullmatch(re.escape(spec["prefix"]) + r"\d{3,}", rid)):
                errors.append("%s: bad id %r" % (where, rid))
            if rid in all_ids:
                errors.append("%s: duplicate id %r" % (where, rid))
            all_ids.add(rid)
            if r["kind"] not in spec["kinds"]:
                errors.append("%s: unknown kind %r" % (where, r["kind"]))
            elif r["label"] != spec["kinds"][r["kind"]] or type(r["label"]) is not int:
                errors.append("%s: label %r does not fit kind %r" % (where, r["label"], r["kind"]))
            for tf in spec["text_fields"]:
                t = r[tf]
                if not isinstance(t, str) or not t.strip():
                    errors.append("%s: empty %s" % (where, tf))
                    continue
                key = norm(t)
                if key in text_seen:
                    errors.append("%s: duplicate text in %s (also %s)" % (where, tf, text_seen[key]))
                else:
                    text_seen[key] = "%s %s" % (rid, tf)
            for sf, parent in SUBSTRING_FIELDS[fname]:
                if r[sf] not in r[parent]:
                    errors.append("%s: %s not a substring of %s" % (where, sf, parent))
            if fname == "entailment.jsonl":
                s = n_sentences(r["chq"])
                if not 3 <= s <= 8:
                    errors.append("%s: chq has %d sentences (want 3-8)" % (where, s))
            else:
                for tf in ("q1", "q2"):
                    s = n_sentences(r[tf])
                    if not 1 <= s <= 5:
                        errors.append("%s: %s has %d sentences (want 1-5)" % (where, tf, s))
            if r["label"] == 1 and r.get("q1") is not None and norm(r["q1"]) == norm(r["q2"]):
                errors.append("%s: q1 == q2" % where)
        if len(rows) < spec["min_items"]:
            errors.append("%s: only %d items (want >= %d)" % (fname, len(rows), spec["min_items"]))
        tables[fname] = [r for _, r in rows]

    for fname, rows in tables.items():
        print("== %s: %d items" % (fname, len(rows)))
        by_kind = collections.Counter((r.get("kind"), r.get("label")) for r in rows)
        print("  %-26s %5s %6s" % ("kind", "label", "count"))
        for (k, l), c in sorted(by_kind.items(), key=lambda x: (-x[0][1] if isinstance(x[0][1], int) else 0, str(x[0][0]))):
            print("  %-26s %5s %6d" % (k, l, c))
        by_label = collections.Counter(r.get("label") for r in rows)
        print("  by label: " + ", ".join("%s=%d" % (l, by_label[l]) for l in sorted(by_label)))
        if fname == "lookalike.jsonl":
            # word overlap (Jaccard of lowercase word sets) per kind, for information
            for kind in SPECS[fname]["kinds"]:
                js = []
                for r in rows:
                    if r.get("kind") != kind:
                        continue
                    a = set(re.findall(r"[a-z0-9']+", r["q1"].lower()))
                    b = set(re.findall(r"[a-z0-9']+", r["q2"].lower()))
                    js.append(len(a & b) / max(1, len(a | b)))
                if js:
                    print("  mean word Jaccard %-24s %.2f" % (kind, sum(js) / len(js)))
        else:
            lens = collections.defaultdict(list)
            for r in rows:
                lens[r["label"]].append(n_sentences(r["chq"]))
            for l in sorted(lens):
                print("  chq sentences, label %s: mean %.1f, min %d, max %d"
                      % (l, sum(lens[l]) / len(lens[l]), min(lens[l]), max(lens[l])))
    print("== validation: %s" % ("OK" if not errors else "%d problem(s)" % len(errors)))
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
