"""askdoc similarity: JSONL {"id", "q1", "q2"} in, {"id", "score", "similar"} out, one line per input line."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        'Score question pairs. Reads JSONL {"id", "q1", "q2"} from --input or stdin and writes '
        '{"id", "score", "similar"} per line; "similar" is score >= SIMILAR_THRESHOLD (docs/quality.md). '
        'A bad line yields {"id", "error"} and the rest is still processed.'
    )

    def add_arguments(self, parser):
        parser.add_argument("--input", help="JSONL file (default: stdin)")

    def handle(self, *args, input=None, **options):
        from askdoc.retrieval import SIMILAR_THRESHOLD, similarity

        try:
            source = open(input, encoding="utf-8") if input else sys.stdin
        except OSError as error:
            raise CommandError(f"cannot read {input}: {error.strerror}") from None
        with source:
            for number, line in enumerate(source, start=1):
                if not line.strip():
                    continue
                result = self.score_line(line, number, similarity, SIMILAR_THRESHOLD)
                self.stdout.write(json.dumps(result, ensure_ascii=False))

    @staticmethod
    def score_line(line: str, number: int, similarity, threshold: float) -> dict:
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            return {"id": None, "line": number, "error": f"not valid JSON: {error.msg}"}
        if not isinstance(item, dict):
            return {"id": None, "line": number, "error": "expected a JSON object"}
        q1, q2 = item.get("q1"), item.get("q2")
        if not isinstance(q1, str) or not isinstance(q2, str) or not q1.strip() or not q2.strip():
            return {"id": item.get("id"), "line": number, "error": '"q1" and "q2" must be non-empty strings'}
        score = similarity(q1, q2)
        return {"id": item.get("id"), "score": round(score, 4), "similar": score >= threshold}
