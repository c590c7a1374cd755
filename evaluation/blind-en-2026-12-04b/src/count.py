"""Checks every JSONL line parses, ids are unique, identifier/quasi substrings occur
exactly in the text, and prints count tables."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
FILES = {
    "lookalike.jsonl": ("c-l", ["id", "q1", "q2", "label", "kind"]),
    "emergency.jsonl": ("c-e", ["id", "text", "emergency", "family", "kind"]),
    "triage.jsonl": ("c-t", ["id", "text", "age_range", "gender", "department"]),
    "privacy.jsonl": ("c-p", ["id", "text", "identifiers", "quasi"]),
}
ID_TYPES = {"name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"}
AGES = {"0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"}
GENDERS = {"female", "male", "other", "undisclosed"}
HARD_KINDS = {"past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
              "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"}

errors = []
data = {}
all_ids = set()
for fn, (prefix, fields) in FILES.items():
    rows = []
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa
                errors.append(f"{fn}:{n} does not parse: {e}")
                continue
            if list(r.keys()) != fields:
                errors.append(f"{fn}:{n} fields {list(r.keys())}")
            if not r["id"].startswith(prefix):
                errors.append(f"{fn}:{n} bad id prefix {r['id']}")
            if r["id"] in all_ids:
                errors.append(f"{fn}:{n} duplicate id {r['id']}")
            all_ids.add(r["id"])
            rows.append(r)
    data[fn] = rows

texts = Counter()
for r in data["emergency.jsonl"]:
    texts[r["text"]] += 1
    if (r["kind"] == "now") != r["emergency"]:
        errors.append(f"{r['id']} kind/emergency mismatch")
    if r["kind"] != "now" and r["kind"] not in HARD_KINDS:
        errors.append(f"{r['id']} unknown kind {r['kind']}")
for r in data["triage.jsonl"]:
    texts[r["text"]] += 1
    if r["age_range"] not in AGES or r["gender"] not in GENDERS:
        errors.append(f"{r['id']} bad age/gender")
for r in data["privacy.jsonl"]:
    texts[r["text"]] += 1
    for i in r["identifiers"]:
        if i["type"] not in ID_TYPES:
            errors.append(f"{r['id']} unknown identifier type {i['type']}")
        if i["text"] not in r["text"]:
            errors.append(f"{r['id']} identifier not a substring: {i['text']!r}")
    for q in r["quasi"]:
        if q not in r["text"]:
            errors.append(f"{r['id']} quasi not a substring: {q!r}")
for r in data["lookalike.jsonl"]:
    texts[(r["q1"], r["q2"])] += 1
    if r["q1"] == r["q2"]:
        errors.append(f"{r['id']} identical questions")
    if (r["label"], r["kind"]) not in {(0, "lookalike_high_overlap"), (1, "paraphrase_low_overlap")}:
        errors.append(f"{r['id']} label/kind mismatch")
for t, c in texts.items():
    if c > 1:
        errors.append(f"duplicate text: {t!r}")


def table(title, counter):
    print(f"\n{title}")
    w = max([len(str(k)) for k in counter] + [5])
    for k, v in sorted(counter.items(), key=lambda kv: str(kv[0])):
        print(f"  {str(k):<{w}}  {v}")
    print(f"  {'TOTAL':<{w}}  {sum(counter.values())}")


L = data["lookalike.jsonl"]
table("lookalike.jsonl by kind (label)", Counter(f"{r['kind']} ({r['label']})" for r in L))
E = data["emergency.jsonl"]
table("emergency.jsonl by emergency/kind", Counter(f"{r['emergency']} / {r['kind']}" for r in E))
table("emergency.jsonl kind=now by family", Counter(r["family"] for r in E if r["kind"] == "now"))
table("emergency.jsonl non-emergency by family", Counter(r["family"] for r in E if r["kind"] != "now"))
T = data["triage.jsonl"]
table("triage.jsonl by department", Counter(r["department"] for r in T))
table("triage.jsonl by age_range", Counter(r["age_range"] for r in T))
table("triage.jsonl by gender", Counter(r["gender"] for r in T))
P = data["privacy.jsonl"]
table("privacy.jsonl items", Counter("with identifiers" if r["identifiers"] else "traps only (no identifiers)" for r in P))
table("privacy.jsonl identifiers by type", Counter(i["type"] for r in P for i in r["identifiers"]))
table("privacy.jsonl items with quasi", Counter("has quasi" if r["quasi"] else "no quasi" for r in P))

print()
if errors:
    print(f"{len(errors)} ERRORS")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("all checks passed")
