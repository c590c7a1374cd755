"""`askdoc analyze`: the ask flow's analysis for a batch of questions, JSONL in, JSONL out."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from askdoc.intake.analysis import analyze_question
from askdoc.knowledge.understanding import understand
from askdoc.qa.models import Question

AGE_RANGES = set(Question.AgeRange.values)
GENDERS = set(Question.Gender.values)


def analyze_line(line: str) -> dict:
    """One output object for one input line; an {"id", "error"} object when the line is bad."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not valid JSON: {exc.msg}"}
    if not isinstance(row, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    problem = _problem(row)
    if problem:
        return {"id": row.get("id"), "error": problem}
    analysis = analyze_question(row["text"], age_range=row.get("age_range"), gender=row.get("gender"))
    # Understanding reads the redacted text: what will be published, never a patient's identifiers.
    understood = understand(analysis.redacted_text, classify=True)
    return {
        "id": row.get("id"),
        "department": analysis.department,
        "departments": analysis.departments,
        "emergency": analysis.emergency,
        "emergency_reasons": analysis.emergency_reasons,
        "emergency_level": analysis.emergency_level,
        "redacted_text": analysis.redacted_text,
        "identifiers": [{"type": i.type, "start": i.start, "end": i.end} for i in analysis.identifiers],
        "quasi_identifiers": [{"type": i.type, "start": i.start, "end": i.end, "text": i.text}
                              for i in analysis.quasi_identifiers],
        "title": analysis.title,
        "topics": analysis.topics,
        "focus": understood.main_focus,
        "foci": [{"name": f.name, "kind": f.kind, "in_passing": f.in_passing} for f in understood.focus],
        "question_type": understood.question_type,
        "population": understood.as_dict()["population"],
        "main_question": understood.main_question,
        "details": understood.as_dict()["details"],
    }


def _problem(row: dict) -> str | None:
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        return '"text" must be a non-empty string'
    if row.get("age_range") not in (None, "") and row["age_range"] not in AGE_RANGES:
        return f'"age_range" must be one of {", ".join(sorted(AGE_RANGES))}'
    if row.get("gender") not in (None, "") and row["gender"] not in GENDERS:
        return f'"gender" must be one of {", ".join(sorted(GENDERS))}'
    return None


class Command(BaseCommand):
    help = (
        'Analyse questions: reads JSONL {"id", "text", "age_range"?, "gender"?} from --input or stdin and writes '
        "one JSON object per line (department ranking, emergency, redacted text, identifiers, title, topics, and the "
        "question's understanding: focus, question_type, population, main_question, details). "
        "--evaluate prints the intake's quality on its own test sets instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--input", help="JSONL file (default: stdin)")
        parser.add_argument("--evaluate", action="store_true", help="print triage/emergency/privacy quality")

    def handle(self, *args, **options):
        if options["evaluate"]:
            from askdoc.intake.evaluation import evaluate

            evaluate(self.stdout.write)
            return
        lines = self._lines(options.get("input"))
        show_progress = options.get("input") is not None and self.stdout.isatty()
        for line in tqdm(lines, disable=not show_progress, desc="analyze", unit="q", file=sys.stderr):
            if line.strip():
                self.stdout.write(json.dumps(analyze_line(line), ensure_ascii=False))

    def _lines(self, path: str | None) -> list[str]:
        if not path:
            return sys.stdin.read().splitlines()
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read().splitlines()
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from None
