"""`askdoc evaluate --only entailment,lookalike` reads committed pair sets and scores them with the shipped model."""

import json
import tempfile
from pathlib import Path

import pytest

from askdoc.retrieval import evaluation
from tests.base import AskdocTestCase

pytestmark = pytest.mark.slow

SET = Path(evaluation.ENTAILMENT_SETS[-1][0]).parent.name  # the newest pair set: entailment and look-alikes
CHQ = ("Hi, my husband is 62 and last week he got a painful band of blisters on the right side of his back. "
       "The doctor said it is shingles. He is miserable and can't sleep. What can be done to treat it and make the "
       "pain go away faster?")


def write_rows(root: Path, name: str, rows: list[dict]) -> None:
    path = root / "evaluation" / SET / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


class PairSetEvaluationTests(AskdocTestCase):
    def test_entailment_sets_are_scored_per_kind_with_the_decision_model(self):
        rows = [
            {"id": "x-1", "chq": CHQ, "faq": "What are the treatments for shingles?", "label": 1, "kind": "entails"},
            {"id": "x-2", "chq": CHQ, "faq": "What causes kidney stones?", "label": 0, "kind": "other_focus"},
        ]
        lines: list[str] = []
        with tempfile.TemporaryDirectory() as tmp, self.settings(REPO_DIR=Path(tmp)):
            write_rows(Path(tmp), "entailment.jsonl", rows)
            results = evaluation.evaluate_entailment(lines.append)
        self.assertEqual(results, {f"entailment_accuracy {SET}/entailment.jsonl": 1.0})
        scored = next(line for line in lines if f"{SET}/entailment.jsonl" in line)  # the other sets: not found
        self.assertIn("with the decision model [entails: 1.000 (1), other_focus: 1.000 (1)]", scored)

    def test_a_look_alike_set_with_extra_kinds_also_reports_the_issues_two_kinds(self):
        rows = [
            {"id": "y-1", "q1": "Can my 6-month-old eat eggs?", "q2": "Can my 6-month-old eat honey?", "label": 0,
             "kind": "lookalike_high_overlap"},
            {"id": "y-2", "q1": "What causes gout?", "q2": "Why do people get gout?", "label": 1,
             "kind": "paraphrase_low_overlap"},
            {"id": "y-3", "q1": "What causes gout?", "q2": "Is gout hereditary?", "label": 0,
             "kind": "different_moderate_overlap"},
        ]
        lines: list[str] = []
        with tempfile.TemporaryDirectory() as tmp, self.settings(REPO_DIR=Path(tmp)):
            write_rows(Path(tmp), "lookalike.jsonl", rows)
            evaluation.evaluate_lookalike(lines.append)
        [line] = [line for line in lines if SET in line]
        self.assertIn("(3 pairs)", line)
        self.assertIn("on the issue's two kinds alone", line)
        self.assertIn("(2)", line.split("on the issue's two kinds alone")[1])
