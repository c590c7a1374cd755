import json
import tempfile
from io import StringIO
from pathlib import Path
from unittest import mock

from django.core.management import call_command

from askdoc.knowledge import services
from askdoc.qa.models import Question
from tests.knowledge.base import SMALL_TREE, KnowledgeTestCase, write_tree


class BatchSearchCommandTests(KnowledgeTestCase):
    def run_command(self, name: str, lines: list[str], *args) -> tuple[list[dict], str]:
        path = Path(tempfile.mkdtemp()) / "input.jsonl"
        path.write_text("\n".join(lines) + "\n")
        out, err = StringIO(), StringIO()
        call_command(name, "--input", str(path), *args, stdout=out, stderr=err)
        return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()

    def test_search_kb_writes_one_line_per_input_with_medquad_ids(self):
        call_command("import_medquad", str(write_tree(Path(tempfile.mkdtemp()), SMALL_TREE)), stdout=StringIO(),
                     stderr=StringIO(), verbosity=0)
        results, err = self.run_command("search_kb", [
            json.dumps({"id": "a", "text": "how to prevent kidney stones"}),
            "{broken",
            json.dumps({"id": "c", "text": ""}),
            json.dumps({"id": 4, "text": "muscle cramps after exercise"}),
        ], "--k", "2")
        self.assertEqual([r["id"] for r in results], ["a", 2, "c", 4])
        self.assertEqual(results[0]["results"][0], {
            "external_id": "NIDDK_0000203_Sec1", "score": results[0]["results"][0]["score"],
            "question": "How to prevent Kidney Stones in Adults ?", "source": "NIDDK"})
        self.assertLessEqual(len(results[0]["results"]), 2)
        self.assertIn("error", results[1])
        self.assertIn("error", results[2])
        self.assertEqual(results[3]["results"][0]["external_id"], "MPlusHealthTopics_0000629_Sec1")
        self.assertIn("line 2 is not JSON", err)

    def test_search_questions_returns_question_ids(self):
        question = self.publish(body="My eyelid twitches when I am tired.", reply="Sleep more.")
        self.publish(body="Which toothpaste helps sensitive gums?", reply="A fluoride one.", doctor=self.dr_heart)
        services.questions_index(questions=Question.objects.all())
        lines = [json.dumps({"id": "q1", "text": "eyelid twitching tired"})]
        with mock.patch("sys.stdin", StringIO("\n".join(lines))):
            out = StringIO()
            call_command("search_questions", "--k", "1", stdout=out, stderr=StringIO())
        result = json.loads(out.getvalue())
        self.assertEqual(result["id"], "q1")
        self.assertEqual(result["results"][0]["external_id"], question.pk)
        self.assertEqual(result["results"][0]["source"], "askdoc")
        self.assertEqual(len(result["results"]), 1)
