"""The shared loop of the batch search commands: JSONL in (--input or stdin), one JSON line out per input."""

import json
import sys
from collections.abc import Callable

from django.core.management.base import CommandError

MAX_TEXT = 5000


def add_arguments(parser) -> None:
    parser.add_argument("--input", help="JSONL file of {\"id\", \"text\"} (default: standard input)")
    parser.add_argument("--k", type=int, default=10, help="results per line (1-100, default 10)")


def run(command, *, input=None, k: int, results: Callable[[str, int], list[dict]]) -> None:
    if not 1 <= k <= 100:
        raise CommandError("--k must be between 1 and 100.")
    try:
        stream = open(input, encoding="utf-8") if input else sys.stdin
    except OSError as error:
        raise CommandError(f"Cannot read {input}: {error}") from None
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            command.stdout.write(json.dumps(_answer(command, number, line, k, results), ensure_ascii=False))


def _answer(command, number: int, line: str, k: int, results) -> dict:
    try:
        item = json.loads(line)
    except ValueError as error:
        return _error(command, number, None, f"line {number} is not JSON: {error}")
    if not isinstance(item, dict):
        return _error(command, number, None, f"line {number} is not a JSON object")
    identifier = item.get("id", number)
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return _error(command, number, identifier, f"line {number}: \"text\" must be a non-empty string")
    return {"id": identifier, "results": results(text[:MAX_TEXT], k)}


def _error(command, number: int, identifier, message: str) -> dict:
    command.stderr.write(message)
    return {"id": identifier if identifier is not None else number, "error": message}
