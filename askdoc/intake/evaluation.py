"""Quality of the intake on the evaluation sets in the repository's `evaluation/` folder.

    evaluate(write) -> dict   # `askdoc evaluate --only intake` and `askdoc evaluate_intake` call it

`evaluation/intake/sets.yaml` lists the sets, each marked training, development or test (see its header);
every printed line says which. The package never reads `tests/`; the folder is found through the
ASKDOC_EVALUATION_DIR setting, by default `evaluation/` beside the package in a source checkout.

Triage is measured without the similar-question search (it depends on the installation's data). Emergency:
recall over emergencies and specificity over the non-emergencies, both counting a warning of either level
("now" or "possible"). Identifier matching rule: a predicted span is correct when it overlaps a gold span of
the same type; a gold span is found when a predicted span of its type overlaps it.
"""

import json
import re
from collections.abc import Callable
from pathlib import Path

import yaml
from django.conf import settings

from askdoc.intake import emergency, privacy, semantic, triage
from askdoc.intake.quasi import find_quasi_identifiers

MANIFEST = "intake/sets.yaml"
HALVES = {"study": 0, "held-out": 1}  # the 1st, 3rd, … items / the 2nd, 4th, …


def evaluation_dir() -> Path:
    configured = getattr(settings, "ASKDOC_EVALUATION_DIR", None)
    return Path(configured) if configured else Path(settings.REPO_DIR) / "evaluation"




def load(name: str, data_dir: Path | None = None) -> list[dict]:
    """The rows of a JSONL set; `name` relative to evaluation/intake (or to data_dir)."""
    path = (data_dir or evaluation_dir() / "intake") / name
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def triage_scores(rows: list[dict]) -> dict:
    semantic.prime([row["text"] for row in rows])  # one batched encoding instead of one per question
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
    semantic.prime([emergency.classifier_text(row["text"]) for row in rows])
    tp = fp = fn = tn = now = 0
    missed, false_alarms = [], []
    for row in rows:
        level = emergency.assess(row["text"]).level
        now += level == "now"
        if row["emergency"] and level:
            tp += 1
        elif row["emergency"]:
            fn += 1
            missed.append(row["id"])
        elif level:
            fp += 1
            false_alarms.append((row["id"], level))
        else:
            tn += 1
    return {
        "n": len(rows),
        "recall": tp / ((tp + fn) or 1),
        "precision": tp / ((tp + fp) or 1),
        "specificity": tn / ((tn + fp) or 1),
        "warned_now": now,
        "missed": missed,
        "false_alarms": false_alarms,
    }


def gold_spans(row: dict) -> list[tuple[str, int, int]]:
    """Gold identifiers are written as {"type", "text"}, a repeated string listed once: every occurrence of it is the
    identifier (each one would publish it), unless "occurrence" names one."""
    spans = []
    for item in row["identifiers"]:
        text, kind = item["text"], item["type"]
        # Latin script: whole words only ("jake" inside "@jakelifts.daily" is the handle, not another mention).
        # An underscore joins words only inside a handle ("jake_lifts"); blanks of a form ("Name ___Delroy___") do not.
        edge = r"(?<![A-Za-z0-9@.])(?<![A-Za-z0-9]_)" if text[:1].isascii() and text[:1].isalnum() else ""
        tail = r"(?![A-Za-z0-9@]|\.[A-Za-z0-9]|_[A-Za-z0-9])" if text[-1:].isascii() and text[-1:].isalnum() else ""
        starts = [m.start() for m in re.finditer(edge + re.escape(text) + tail, row["text"])]
        if "occurrence" in item:
            starts = starts[item["occurrence"] - 1:item["occurrence"]]
        spans.extend((kind, start, start + len(text)) for start in starts)
    # "Names inside an email/URL/handle are not marked separately" (the label definitions): an occurrence inside
    # another identifier ("marcus" in example.net/marcus-thinks) is part of that one.
    spans = [s for s in spans if not any(o[1] <= s[1] and s[2] <= o[2] and o[2] - o[1] > s[2] - s[1] for o in spans)]
    return sorted(set(spans), key=lambda span: span[1])


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
    return _quasi_scores(rows) | {
        "texts": len(rows),
        "identifiers": gold_total,
        "predicted": predicted_total,
        "recall": gold_found / (gold_total or 1),
        "precision": predicted_right / (predicted_total or 1),
        "missed": missed,
        "wrong": wrong,
    }


def archive_warning_scores(titles: list[str]) -> dict:
    """Real archive titles carry no labels: the share that gets a warning of either level (a few are urgent)."""
    semantic.prime([emergency.classifier_text(t) for t in titles])
    levels = [emergency.assess(t).level for t in titles]
    return {"n": len(titles), "warned": sum(bool(v) for v in levels) / (len(titles) or 1),
            "warned_now": sum(v == emergency.NOW for v in levels) / (len(titles) or 1)}


def gold_quasi(row: dict) -> list[str]:
    """A set's quasi-identifiers, each written as a string or as {"text": …}."""
    return [item["text"] if isinstance(item, dict) else item for item in row.get("quasi", [])]


def _quasi_scores(rows: list[dict]) -> dict:
    """Sets that mark quasi-identifiers (`"quasi": [substrings]`): found when a flagged span overlaps one."""
    rows = [row for row in rows if "quasi" in row]
    if not rows:
        return {}
    gold_total = found = flagged = right = 0
    for row in rows:
        gold = []
        for quasi in gold_quasi(row):
            start = row["text"].find(quasi)
            if start >= 0:
                gold.append((start, start + len(quasi)))
        flags = find_quasi_identifiers(row["text"], privacy.find_identifiers(row["text"]))
        predicted = [(q.start, q.end) for q in flags]
        gold_total += len(gold)
        flagged += len(predicted)
        found += sum(any(a < e and s < b for s, e in predicted) for a, b in gold)
        right += sum(any(a < e and s < b for a, b in gold) for s, e in predicted)
    return {"quasi": gold_total, "quasi_recall": found / (gold_total or 1), "quasi_precision": right / (flagged or 1)}


SCORERS = {"triage": triage_scores, "emergency": emergency_scores, "privacy": identifier_scores}


def _line(task: str, s: dict) -> str:
    if task == "archive":
        return f"n={s['n']:4d}  warned {s['warned']:.3f} (either level)  'now' {s['warned_now']:.3f}"
    if task == "triage":
        return f"n={s['n']:4d}  top-1 {s['top1']:.3f}  top-3 {s['top3']:.3f}"
    if task == "emergency":
        return (f"n={s['n']:4d}  recall {s['recall']:.3f}  specificity {s['specificity']:.3f}  "
                f"precision {s['precision']:.3f}  ('now' on {s['warned_now']})")
    quasi = (f"   quasi-identifiers={s['quasi']} recall {s['quasi_recall']:.3f} precision {s['quasi_precision']:.3f}"
             if "quasi" in s else "")
    return (f"identifiers={s['identifiers']:4d} in {s['texts']} texts  recall {s['recall']:.3f}  "
            f"precision {s['precision']:.3f}{quasi}")


def _numbers(key: str, task: str, s: dict) -> dict:
    fields = {"triage": ("top1", "top3"), "emergency": ("recall", "specificity", "precision"),
              "privacy": ("recall", "precision"), "archive": ("warned", "warned_now")}[task]
    return {f"{key}_{field}": s[field] for field in fields}


def manifest(root: Path | None = None) -> list[dict]:
    path = (root or evaluation_dir()) / MANIFEST
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8"))["sets"]


def may_learn_from(entry: dict) -> bool:
    """Whether a fitted part or a tuning may use a set: training and development sets, never a test set."""
    return entry["split"] in ("training", "development")


def rows_by_writer(tasks: tuple[str, ...]) -> dict[str, list[tuple[str, dict]]]:
    """(task, row) of every set of these tasks that may be learned from, each file once, grouped by writer (the set's
    folder: the project's own files in evaluation/intake/ are one writer). A question a test set holds too is left
    out: two writers may write the same short question ("Is a fever of 38 dangerous?"), and a test counts only
    questions nothing learned from."""
    seen: set[str] = set()
    held_out = test_texts()
    writers: dict[str, list[tuple[str, dict]]] = {}
    for entry in manifest():
        if entry["task"] not in tasks or entry["path"] in seen or not may_learn_from(entry):
            continue
        seen.add(entry["path"])
        rows = [row for row in load(entry["path"], evaluation_dir()) if same_text(row["text"]) not in held_out]
        writers.setdefault(str(Path(entry["path"]).parent), []).extend((entry["task"], row) for row in rows)
    return writers


def same_text(text: str) -> str:
    return " ".join(text.lower().split())


def test_texts() -> set[str]:
    """Every question of the test sets, as `same_text` reads it: nothing learns from or tunes on them."""
    return {same_text(row["text"]) for entry in manifest() if entry["split"] == "test"
            if (evaluation_dir() / entry["path"]).exists() for row in set_rows(entry)}


def set_rows(entry: dict, root: Path | None = None) -> list[dict]:
    rows = load(entry["path"], root or evaluation_dir())
    if entry.get("only_split"):
        rows = [row for row in rows if row.get("split") == entry["only_split"]]
    if entry.get("half"):  # a studied set split once: read the misses of one half, only count the other's
        rows = rows[HALVES[entry["half"]]::2]
    return rows


def evaluate(write: Callable[[str], None] = print, *, root: Path | None = None, verbose: bool = False,
             only: str | None = None, split: str | None = None) -> dict:
    """Every set of the manifest (or those whose name contains `only`, or of one `split`), one line each with
    its split: development numbers are optimistic, a test set is run once."""
    entries = manifest(root)
    if not entries:
        write(f"Intake: no evaluation sets found ({(root or evaluation_dir()) / MANIFEST})")
        return {}
    write("Intake (evaluation/intake/sets.yaml; [split] = training / development / test)")
    numbers: dict = {}
    for entry in entries:
        if (only and only not in entry["name"]) or (split and entry["split"] != split):
            continue
        task = entry["task"]
        if task == "archive":
            scores = _archive(entry)
            if scores is None:
                write(f"  {entry['name']}: the shared data set is not there, skipped")
                continue
        else:
            path = (root or evaluation_dir()) / entry["path"]
            if not path.exists():
                write(f"  {entry['name']}: {entry['path']} not found, skipped")
                continue
            try:
                scores = SCORERS[task](set_rows(entry, root))
            except (KeyError, ValueError) as error:  # a set written in another shape: say so, go on with the rest
                write(f"  [{entry['split']:<11}] {entry['name']}: could not be scored ({type(error).__name__}: "
                      f"{error})")
                continue
        write(f"  [{entry['split']:<11}] {entry['name']:<34} {_line(task, scores)}")
        numbers |= _numbers(entry["name"].replace(" ", "_"), task, scores)
        # A held-out half only gives numbers; so does the whole set it belongs to (`hide_misses`).
        if verbose and entry.get("half") != "held-out" and not entry.get("hide_misses"):
            for key in ("misses", "missed", "false_alarms", "wrong"):
                if scores.get(key):
                    write(f"      {key}: {scores[key]}")
    return numbers


def _archive(entry: dict) -> dict | None:
    """The 400 archive titles that `askdoc tune_emergency` never used (it tunes on the next 600)."""
    from askdoc.intake import tuning

    shared = Path(settings.ASKDOC_SHARED_DATA)
    if not (shared / tuning.ARCHIVE).exists():
        return None
    return archive_warning_scores(tuning.archive_titles(shared)[0])
