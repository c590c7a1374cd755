"""Quality of the intake on askdoc's own test sets (tests/intake/data/*.jsonl).

    evaluate(write) -> dict   # prints triage top-1/top-3 (dev and held-out), emergency recall/precision,
                              # identifier recall/precision; `askdoc evaluate` and `askdoc evaluate_intake` call it

Triage is measured on the rules alone (vocabulary, age, gender): the departments' database
vocabulary, FAQ topics and similar answered questions depend on the installation's data, so they
are left out of the numbers that gate the tests.

Identifier matching rule: a predicted span is correct when it overlaps a gold span of the same type;
a gold span is found when a predicted span of its type overlaps it.
"""

import json
from collections.abc import Callable
from pathlib import Path

from askdoc.intake import emergency, privacy, triage

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "tests" / "intake" / "data"


def load(name: str, data_dir: Path | None = None) -> list[dict]:
    path = (data_dir or DATA_DIR) / name
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def triage_scores(rows: list[dict]) -> dict:
    top1 = top3 = 0
    misses = []
    for row in rows:
        ranking = triage.rank_departments(
            row["text"], age_range=row.get("age_range"), gender=row.get("gender"), use_retrieval=False
        )
        ranked = [d["slug"] for d in ranking.departments]
        top1 += ranked[0] == row["department"]
        top3 += row["department"] in ranked[:3]
        if ranked[0] != row["department"]:
            misses.append((row["id"], ranked[0]))
    n = len(rows) or 1
    return {"n": len(rows), "top1": top1 / n, "top3": top3 / n, "misses": misses}


def emergency_scores(rows: list[dict]) -> dict:
    tp = fp = fn = tn = 0
    missed, false_alarms = [], []
    for row in rows:
        predicted = bool(emergency.detect(row["text"]))
        if row["emergency"] and predicted:
            tp += 1
        elif row["emergency"]:
            fn += 1
            missed.append(row["id"])
        elif predicted:
            fp += 1
            false_alarms.append(row["id"])
        else:
            tn += 1
    return {
        "n": len(rows),
        "recall": tp / ((tp + fn) or 1),
        "precision": tp / ((tp + fp) or 1),
        "missed": missed,
        "false_alarms": false_alarms,
    }


def gold_spans(row: dict) -> list[tuple[str, int, int]]:
    """Gold identifiers are written as {"type", "text"} (+ "occurrence" when the text repeats)."""
    spans = []
    for item in row["identifiers"]:
        start = -1
        for _ in range(item.get("occurrence", 1)):
            start = row["text"].index(item["text"], start + 1)
        spans.append((item["type"], start, start + len(item["text"])))
    return spans


def _overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def identifier_scores(rows: list[dict]) -> dict:
    gold_total = gold_found = predicted_total = predicted_right = 0
    missed, wrong = [], []
    for row in rows:
        gold = gold_spans(row)
        predicted = [(i.type, i.start, i.end) for i in privacy.find_identifiers(row["text"])]
        gold_total += len(gold)
        predicted_total += len(predicted)
        for g in gold:
            if any(_overlaps(g, p) for p in predicted):
                gold_found += 1
            else:
                missed.append((row["id"], g[0], row["text"][g[1]:g[2]]))
        for p in predicted:
            if any(_overlaps(p, g) for g in gold):
                predicted_right += 1
            else:
                wrong.append((row["id"], p[0], row["text"][p[1]:p[2]]))
    return {
        "texts": len(rows),
        "identifiers": gold_total,
        "recall": gold_found / (gold_total or 1),
        "precision": predicted_right / (predicted_total or 1),
        "missed": missed,
        "wrong": wrong,
    }


EXTRA_EMERGENCY = "emergency_extra.jsonl"


def _extra_emergency_scores(data_dir: Path | None = None) -> dict:
    """A second own emergency set, written later and before its results were seen (lay wording, hard
    non-emergencies), so that changes to the rules are checked on text they were not tuned on first."""
    if not ((data_dir or DATA_DIR) / EXTRA_EMERGENCY).exists():
        return {}
    return emergency_scores(load(EXTRA_EMERGENCY, data_dir))


EXTRA_PRIVACY = "privacy_extra.jsonl"


def _extra_identifier_scores(data_dir: Path | None = None) -> dict:
    """A second own privacy set, written before the rules were run on it (names in many languages and
    positions, international phones, addresses and ID numbers, hard negatives)."""
    if not ((data_dir or DATA_DIR) / EXTRA_PRIVACY).exists():
        return {}
    return identifier_scores(load(EXTRA_PRIVACY, data_dir))


BLIND_DIR = "blind"


def blind_halves(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The blind sets were written by someone who never saw the rules. Items whose id ends in an odd
    digit may be studied when improving the rules ("blind dev"); the even ones stay unseen ("blind test")
    and give the honest number."""
    dev = [r for r in rows if int(r["id"][-1]) % 2 == 1]
    test = [r for r in rows if int(r["id"][-1]) % 2 == 0]
    return dev, test


def blind_scores(data_dir: Path | None = None) -> dict[str, dict]:
    folder = Path(data_dir or DATA_DIR) / BLIND_DIR
    if not (folder / "triage.jsonl").exists():
        return {}
    scores = {}
    for name, scorer in (("triage", triage_scores), ("emergency", emergency_scores),
                         ("privacy", identifier_scores)):
        dev, test = blind_halves(load(f"{name}.jsonl", folder))
        scores[f"{name} dev"], scores[f"{name} test"] = scorer(dev), scorer(test)
    return scores


def _write_blind(write: Callable[[str], None], scores: dict[str, dict]) -> dict:
    if not scores:
        return {}
    write("Intake on the blind sets (tests/intake/data/blind, written without seeing the rules; "
          "'test' halves never studied)")
    numbers = {}
    for half in ("dev", "test"):
        t, e, i = scores[f"triage {half}"], scores[f"emergency {half}"], scores[f"privacy {half}"]
        write(f"  blind {half:<4}  triage n={t['n']:3d} top-1 {t['top1']:.3f} top-3 {t['top3']:.3f}   "
              f"emergency n={e['n']:3d} recall {e['recall']:.3f} precision {e['precision']:.3f}   "
              f"identifiers n={i['identifiers']:3d} recall {i['recall']:.3f} precision {i['precision']:.3f}")
        numbers |= {
            f"blind_{half}_triage_top1": t["top1"], f"blind_{half}_triage_top3": t["top3"],
            f"blind_{half}_emergency_recall": e["recall"], f"blind_{half}_emergency_precision": e["precision"],
            f"blind_{half}_identifier_recall": i["recall"], f"blind_{half}_identifier_precision": i["precision"],
        }
    return numbers


def evaluate(write: Callable[[str], None] = print, *, data_dir: Path | None = None, verbose: bool = False) -> dict:
    if not ((data_dir or DATA_DIR) / "triage_dev.jsonl").exists():
        write("Intake: test sets not found (they live in the source tree, tests/intake/data)")
        return {}
    dev = triage_scores(load("triage_dev.jsonl", data_dir))
    held = triage_scores(load("triage_heldout.jsonl", data_dir))
    emerg = emergency_scores(load("emergency.jsonl", data_dir))
    ids = identifier_scores(load("privacy.jsonl", data_dir))
    write("Intake (askdoc's own test sets, tests/intake/data)")
    write(f"  triage dev      n={dev['n']:4d}  top-1 {dev['top1']:.3f}  top-3 {dev['top3']:.3f}")
    write(f"  triage held-out n={held['n']:4d}  top-1 {held['top1']:.3f}  top-3 {held['top3']:.3f}")
    write(f"  emergency       n={emerg['n']:4d}  recall {emerg['recall']:.3f}  precision {emerg['precision']:.3f}")
    extra = _extra_emergency_scores(data_dir)
    if extra:
        write(f"  emergency extra n={extra['n']:4d}  recall {extra['recall']:.3f}  precision {extra['precision']:.3f}")
    write(f"  identifiers     n={ids['identifiers']:4d} in {ids['texts']} texts  recall {ids['recall']:.3f}  "
          f"precision {ids['precision']:.3f}")
    extra_ids = _extra_identifier_scores(data_dir)
    if extra_ids:
        write(f"  identifiers extra n={extra_ids['identifiers']:4d} in {extra_ids['texts']} texts  "
              f"recall {extra_ids['recall']:.3f}  precision {extra_ids['precision']:.3f}")
    if verbose:
        write(f"  triage dev misses: {dev['misses']}")
        write(f"  triage held-out misses: {held['misses']}")
        write(f"  emergencies missed: {emerg['missed']}; false alarms: {emerg['false_alarms']}")
        if extra:
            write(f"  extra emergencies missed: {extra['missed']}; false alarms: {extra['false_alarms']}")
        write(f"  identifiers missed: {ids['missed']}")
        write(f"  identifiers wrong: {ids['wrong']}")
        if extra_ids:
            write(f"  extra identifiers missed: {extra_ids['missed']}")
            write(f"  extra identifiers wrong: {extra_ids['wrong']}")
    blind = _write_blind(write, blind_scores(data_dir))
    return blind | {
        "triage_dev_top1": dev["top1"], "triage_dev_top3": dev["top3"],
        "triage_heldout_top1": held["top1"], "triage_heldout_top3": held["top3"],
        "emergency_recall": emerg["recall"], "emergency_precision": emerg["precision"],
        **({"emergency_extra_recall": extra["recall"], "emergency_extra_precision": extra["precision"]}
           if extra else {}),
        "identifier_recall": ids["recall"], "identifier_precision": ids["precision"],
        **({"identifier_extra_recall": extra_ids["recall"], "identifier_extra_precision": extra_ids["precision"]}
           if extra_ids else {}),
    }
