"""`askdoc analyze`: JSONL in, one JSON object per line out; a bad line gives an error object."""

import io
import json
import tempfile
from unittest import mock

from django.core.management import call_command

from tests.base import AskdocTestCase

LINES = [
    {"id": "a", "text": "My name is Sarah Lopez. Crushing chest pain down my left arm.", "age_range": "50~59",
     "gender": "female"},
    "this is not json",
    {"id": "b", "text": ""},
    {"id": "c", "text": "My 4 year old has an itchy rash", "age_range": "0~9", "gender": "other"},
    {"id": "d", "text": "tooth pain", "age_range": "7"},
]


def run(lines) -> list[dict]:
    raw = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    out = io.StringIO()
    with mock.patch("sys.stdin", io.StringIO(raw)):
        call_command("analyze", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


class AnalyzeCommandTest(AskdocTestCase):
    def test_it_prints_the_questions_focus_type_and_population(self):
        row = run([{"id": "u", "text": "My mother had breast cancer. My 4 year old son has had a fever for two "
                                       "days. What could be causing it?"}])[0]
        self.assertEqual(row["focus"], "fever")
        self.assertEqual(row["question_type"], "causes")
        self.assertEqual(row["population"]["age_group"], "child")
        self.assertEqual((row["population"]["who"], row["population"]["relative"]), ("relative", "son"))
        self.assertTrue(next(f for f in row["foci"] if f["name"] == "cancer")["in_passing"])
        self.assertEqual(row["details"]["course"], "acute")

    def test_it_writes_one_object_per_line_with_the_contract_fields(self):
        rows = run(LINES)
        self.assertEqual(len(rows), 5)
        first = rows[0]
        self.assertEqual(set(first), {"id", "department", "departments", "emergency", "emergency_reasons",
                                      "emergency_level", "redacted_text", "identifiers", "quasi_identifiers",
                                      "title", "topics", "focus", "foci", "question_type", "population",
                                      "main_question", "details"})
        self.assertEqual(first["id"], "a")
        self.assertEqual(first["department"], "cardiology")
        self.assertTrue(first["emergency"])
        self.assertIn("Possible heart attack signs", first["emergency_reasons"])
        self.assertEqual(first["emergency_level"], "now")
        self.assertIn("[name]", first["redacted_text"])
        self.assertEqual(first["identifiers"][0], {"type": "name", "start": 11, "end": 22})
        self.assertEqual(rows[3]["department"], "pediatrics")

    def test_it_reports_bad_lines_and_carries_on(self):
        rows = run(LINES)
        self.assertIn("not valid JSON", rows[1]["error"])
        self.assertEqual(rows[2]["id"], "b")
        self.assertIn('"text"', rows[2]["error"])
        self.assertIn("age_range", rows[4]["error"])

    def test_it_reads_an_input_file(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
            handle.write(json.dumps({"id": 1, "text": "blurry vision in my left eye"}) + "\n")
        out = io.StringIO()
        call_command("analyze", input=handle.name, stdout=out)
        self.assertEqual(json.loads(out.getvalue())["department"], "ophthalmology")

    def test_it_prints_the_quality_numbers(self):
        out = io.StringIO()
        call_command("evaluate_intake", only="identifiers own", stdout=out)
        self.assertIn("[development] identifiers own", out.getvalue())
        self.assertIn("recall", out.getvalue())
