"""Choosing the emergency warning's classifier thresholds on development data (`askdoc tune_emergency`).

For every development item: what the rules found (a clear sign, doubted signs and their families) and the
classifier's P(emergency) and family. Per family, a threshold is the highest value on a grid that loses no
development emergency that depends on it, minus a safety margin (unseen wordings score lower than studied
ones), within [floor, cap]. Families no development emergency depends on get the default.
"""

import json
import random
from dataclasses import dataclass
from pathlib import Path

from askdoc.intake import emergency, learned, semantic
from askdoc.intake.evaluation import manifest, may_learn_from, same_text, set_rows, test_texts

GRID = [round(0.30 + 0.05 * i, 2) for i in range(14)]  # 0.30 … 0.95
MARGIN = 0.10
# veto is not tuned here: it was chosen leaving a writer out (docs/intake.md) and is kept as it is.
DEFAULTS = {"learned": 0.7, "learned_doubted": 0.9, "doubted": 0.6, "learned_now": 0.9, "veto": 0.05}
FLOORS = {"learned": 0.5, "learned_doubted": 0.5, "doubted": 0.3}
CAPS = {"learned": 0.85, "learned_doubted": 0.95, "doubted": 0.8}
ARCHIVE = "community_qa/questionDoctorQAs.json"
ARCHIVE_SEED = 14


@dataclass
class Item:
    id: str
    emergency: bool
    clear: bool
    doubted: list[str]  # families of doubted rule signs
    p: float
    family: str | None
    text_doubt: bool  # the whole text places it in the past, in general...


def describe(row: dict) -> Item:
    findings, estimate = emergency.findings_and_estimate(row["text"])
    text_doubt = bool(emergency.text_doubt(row["text"], estimate[1] if estimate else None))
    p, family = estimate if estimate else (0.0, None)
    return Item(str(row.get("id")), bool(row.get("emergency")), any(not d for _, d in findings),
                [rule.family for rule, d in findings if d], p, family, text_doubt)


def archive_titles(shared: Path) -> tuple[list[str], list[str]]:
    """Real archive titles, shuffled once: the first 400 are the reported check, the next 600 development."""
    rows = json.loads((shared / ARCHIVE).read_text(encoding="utf-8"))
    titles = sorted({str(r.get("question_text") or r.get("question") or "").strip() for r in rows} - {""})
    random.Random(ARCHIVE_SEED).shuffle(titles)
    return titles[:400], titles[400:1000]


def development_items(shared: Path | None, held_out: dict[str, Path] | None = None) -> list[Item]:
    """Every development item described; a writer in `held_out` (writer → an emergency classifier that never saw
    it, `learned.held_out_emergency_models`) is read by that classifier, the archive titles by the shipped one."""
    rows = []
    held_back = test_texts()
    for entry in manifest():
        # A held-out half (and the whole set holding it) only gives numbers: never tuned on.
        if not may_learn_from(entry) or entry.get("half") == "held-out" or entry.get("hide_misses"):
            continue
        if entry["task"] not in ("emergency", "triage"):  # the archive titles are added below (the other 600)
            continue
        writer = str(Path(entry["path"]).parent)
        for row in set_rows(entry):
            if same_text(row["text"]) in held_back:
                continue
            if entry["task"] == "emergency":
                rows.append(row | {"writer": writer})
            elif entry["task"] == "triage":  # ordinary questions: none is an emergency
                rows.append({"id": row["id"], "text": row["text"], "emergency": False, "writer": writer})
    if shared is not None and (shared / ARCHIVE).exists():
        rows += [{"id": f"archive-{i}", "text": t, "emergency": False} for i, t in enumerate(archive_titles(shared)[1])]
    semantic.prime([emergency.classifier_text(row["text"]) for row in rows])
    described = []
    for row in rows:
        with learned.held_out_emergency((held_out or {}).get(row.get("writer", ""))):
            described.append(describe(row))
    return described


def warns(item: Item, table: dict) -> bool:
    def at(kind: str, family: str | None) -> float:
        return table[kind].get("families", {}).get(family, table[kind]["default"])
    if item.clear:
        return item.family is None or item.p >= at("veto", item.family)
    if item.doubted:
        return any(item.p >= at("doubted", f) for f in item.doubted)
    kind = "learned_doubted" if item.text_doubt else "learned"
    return item.family is not None and item.p >= at(kind, item.family)


def choose(items: list[Item]) -> dict:
    table: dict[str, dict] = {kind: {"default": value, "families": {}} for kind, value in DEFAULTS.items()}
    for kind in ("learned", "learned_doubted", "doubted"):
        needs: dict[str, float] = {}
        for item in items:
            if not item.emergency or item.clear:
                continue
            if kind == "doubted" and item.doubted:
                for family in item.doubted:
                    needs[family] = min(needs.get(family, 1.0), item.p)
            elif kind.startswith("learned") and not item.doubted and item.family and (
                    item.text_doubt == (kind == "learned_doubted")):
                needs[item.family] = min(needs.get(item.family, 1.0), item.p)
        for family, lowest in needs.items():
            best = max([t for t in GRID if t <= lowest] or [GRID[0]])
            table[kind]["families"][family] = round(min(CAPS[kind], max(FLOORS[kind], best - MARGIN)), 2)
    return table


def scores(items: list[Item], table: dict) -> dict:
    emergencies = [i for i in items if i.emergency]
    calm = [i for i in items if not i.emergency]
    caught = sum(warns(i, table) for i in emergencies)
    quiet = sum(not warns(i, table) for i in calm)
    return {"emergencies": len(emergencies), "recall": caught / (len(emergencies) or 1),
            "non_emergencies": len(calm), "specificity": quiet / (len(calm) or 1)}
