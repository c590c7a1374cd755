"""The Chinese search evaluation: its query set is well formed, and `askdoc evaluate_search` measures ranks
through the search page's own selector (here with the hashing encoder, so only the lexical side counts)."""

import io
import json
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import SimpleTestCase

from askdoc.knowledge.collections import question_documents
from askdoc.knowledge.search_evaluation import ZH_QUERIES, QuerySetError, evaluate_search, read_queries
from askdoc.qa.demo.loader import DEMO_DIR, demo_load
from askdoc.retrieval import rebuild
from tests.knowledge.base import KnowledgeTestCase


def chinese_demo() -> dict[str, dict]:
    items = json.loads((DEMO_DIR / "questions_zh_hant.json").read_text(encoding="utf-8"))["questions"]
    return {item["key"]: item for item in items}


class QuerySetTest(SimpleTestCase):
    def test_it_has_50_different_queries_over_most_chinese_demo_questions(self):
        queries = read_queries(ZH_QUERIES)
        demo = chinese_demo()
        self.assertEqual(len(queries), 50)
        self.assertEqual(len({q["id"] for q in queries}), 50)
        self.assertEqual(len({q["query"] for q in queries}), 50)
        self.assertTrue({q["expected"] for q in queries} <= set(demo))
        self.assertGreaterEqual(len({q["expected"] for q in queries}), 40)

    def test_no_query_copies_its_question_title(self):
        demo = chinese_demo()
        for query in read_queries(ZH_QUERIES):
            item = demo[query["expected"]]
            self.assertNotIn(query["query"], (item["title"], item["page_title"]), query["id"])
            self.assertNotIn(query["query"].replace(" ", ""), item["body"], query["id"])

    def test_it_names_the_line_of_a_broken_file(self):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "queries.jsonl"
            path.write_text('{"id": "a", "query": "頭痛", "expected": "demo-zh-neuro-01"}\n{"id": "b"}\n')
            with self.assertRaisesMessage(QuerySetError, "line 2 needs the strings id, query and expected"):
                read_queries(path)


class EvaluateSearchTest(KnowledgeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        demo_load()

    def setUp(self):
        super().setUp()
        rebuild("questions", question_documents())

    def queries(self) -> list[dict]:
        demo = chinese_demo()
        return [
            {"id": "title", "query": demo["demo-zh-uro-01"]["page_title"], "expected": "demo-zh-uro-01"},
            {"id": "asker", "query": demo["demo-zh-dent-02"]["title"], "expected": "demo-zh-dent-02"},
            {"id": "nothing", "query": "qwxz", "expected": "demo-zh-eye-01"},
        ]

    def test_it_ranks_the_expected_question_and_counts_the_misses(self):
        evaluation = evaluate_search(self.queries())
        ranks = {r.id: r.rank for r in evaluation.results}
        self.assertEqual(ranks, {"title": 1, "asker": 1, "nothing": None})
        self.assertAlmostEqual(evaluation.share_in_top(3), 2 / 3)
        self.assertEqual([r.id for r in evaluation.misses(3)], ["nothing"])

    def test_the_command_prints_the_shares_and_fails_below_the_floor(self):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "queries.jsonl"
            path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in self.queries()))
            out = io.StringIO()
            call_command("evaluate_search", queries=path, floor=0.5, stdout=out)
            self.assertIn("3 queries (queries.jsonl): top-1 66.7%, top-3 66.7%", out.getvalue())
            self.assertIn("miss nothing: 'qwxz' -> demo-zh-eye-01 not found", out.getvalue())
            with self.assertRaisesMessage(CommandError, "top-3 share 66.7% is below the floor 90%"):
                call_command("evaluate_search", queries=path, stdout=io.StringIO())

    def test_it_asks_for_the_demo_when_a_question_is_missing(self):
        with self.assertRaisesMessage(QuerySetError, "askdoc load_demo"):
            evaluate_search([{"id": "x", "query": "頭痛", "expected": "demo-zh-missing"}])
