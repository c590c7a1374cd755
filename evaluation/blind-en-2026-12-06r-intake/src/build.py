"""Shuffle the hand-written items (fixed seeds), assign ids and write JSONL. Nothing else."""
import json
import os
import random

import emergency_items
import privacy_items
import triage_items

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    priv = list(privacy_items.WITH_IDS) + [(t, [], []) for t in privacy_items.NO_IDS]
    random.Random(1901).shuffle(priv)
    write("privacy.jsonl", [
        {"id": f"q-p{i:03d}", "text": text,
         "identifiers": [{"type": ty, "text": tx} for ty, tx in ids],
         "quasi": list(quasi)}
        for i, (text, ids, quasi) in enumerate(priv, 1)])

    tri = list(triage_items.TRIAGE)
    random.Random(1902).shuffle(tri)
    write("triage.jsonl", [
        {"id": f"q-t{i:03d}", "text": text, "department": dep, "age_range": age, "gender": gen}
        for i, (text, dep, age, gen) in enumerate(tri, 1)])

    emg = list(emergency_items.NOW) + list(emergency_items.NON_NOW)
    random.Random(1903).shuffle(emg)
    write("emergency.jsonl", [
        {"id": f"q-e{i:03d}", "text": text, "emergency": kind == "now", "kind": kind, "family": fam}
        for i, (text, kind, fam) in enumerate(emg, 1)])


if __name__ == "__main__":
    main()
