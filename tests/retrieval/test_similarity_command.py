import io
import json
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError

from tests.retrieval.base import RetrievalTestCase


def fake_similarity(q1: str, q2: str) -> float:
    return 0.9 if q1.split()[0] == q2.split()[0] else 0.1


class SimilarityCommandTests(RetrievalTestCase):
    def run_command(self, lines: list[str]) -> list[dict]:
        out = io.StringIO()
        with mock.patch("askdoc.retrieval.similarity", fake_similarity), \
                mock.patch("sys.stdin", io.StringIO("\n".join(lines) + "\n")):
            call_command("similarity", stdout=out)
        return [json.loads(line) for line in out.getvalue().splitlines()]

    def test_it_writes_one_result_per_line_and_keeps_going_after_bad_lines(self):
        results = self.run_command([
            json.dumps({"id": "a", "q1": "Migraine every day", "q2": "Migraine with aura"}),
            "{not json",
            json.dumps({"id": "c", "q1": "", "q2": "x"}),
            json.dumps(["a", "list"]),
            json.dumps({"id": "e", "q1": "Rash on arm", "q2": "Fever at night"}),
        ])
        self.assertEqual([r.get("id") for r in results], ["a", None, "c", None, "e"])
        self.assertEqual(results[0], {"id": "a", "score": 0.9, "similar": True})
        self.assertIn("error", results[1])
        self.assertIn("error", results[2])
        self.assertIn("error", results[3])
        self.assertEqual(results[4], {"id": "e", "score": 0.1, "similar": False})

    def test_it_refuses_a_missing_input_file_clearly(self):
        with self.assertRaisesMessage(CommandError, "cannot read /no/such/file.jsonl"):
            call_command("similarity", input="/no/such/file.jsonl")
