"""The askdoc demo library: written for the demo questions' topics, loaded idempotently, cited as demo content."""

import json
from io import StringIO

from django.core.management import call_command

from askdoc.knowledge.demo_library import DEMO_SOURCE, LIBRARY_DIR, demo_library_load, library_documents
from askdoc.knowledge.models import KbDocument, KbPair
from askdoc.knowledge.more_info import SOURCE_NAMES
from askdoc.knowledge.sentences import answer_sentences
from askdoc.qa.demo.loader import DEMO_DIR
from tests.knowledge.base import KnowledgeTestCase


def demo_topics() -> dict[str, dict]:
    return {t["slug"]: t for t in json.loads((DEMO_DIR / "topics.json").read_text(encoding="utf-8"))["topics"]}


class DemoLibraryContentTests(KnowledgeTestCase):
    def test_every_document_is_named_after_a_demo_topic(self):
        topics = demo_topics()
        for path in LIBRARY_DIR.glob("*.json"):
            for item in json.loads(path.read_text(encoding="utf-8"))["documents"]:
                self.assertIn(item["topic"], topics, item["id"])
                self.assertEqual(item["focus"], topics[item["topic"]]["name"], item["id"])

    def test_every_document_has_at_least_three_sentences_more_info_can_cite(self):
        for document in library_documents():
            usable = [s for pair in document.pairs for s in answer_sentences(pair.answer)]
            self.assertGreaterEqual(len(usable), 3, document.focus)

    def test_it_covers_the_main_topic_of_every_demo_question(self):
        covered = {d.focus for d in library_documents()}
        topics = demo_topics()
        questions = json.loads((DEMO_DIR / "questions.json").read_text(encoding="utf-8"))["questions"]
        missing = {q["key"] for q in questions if topics[q["topics"][0]]["name"] not in covered}
        self.assertEqual(missing, set())

    def test_pages_name_it_as_demo_content(self):
        self.assertEqual(SOURCE_NAMES[DEMO_SOURCE], "askdoc demo library (not medical advice)")


class DemoLibraryLoadTests(KnowledgeTestCase):
    def test_loading_twice_changes_nothing(self):
        first = demo_library_load()
        self.assertEqual(first.created, first.pairs)
        before = list(KbPair.objects.order_by("pk").values())
        second = demo_library_load()
        self.assertEqual((second.created, second.updated, second.removed), (0, 0, 0))
        self.assertEqual(list(KbPair.objects.order_by("pk").values()), before)

    def test_a_document_no_longer_in_the_files_is_removed(self):
        demo_library_load()
        KbDocument.objects.create(source=DEMO_SOURCE, doc_id="demo-withdrawn", focus="Withdrawn", file_name="x")
        self.assertEqual(demo_library_load().removed, 1)
        self.assertFalse(KbDocument.objects.filter(doc_id="demo-withdrawn").exists())

    def test_load_demo_loads_it_and_knowledge_status_reports_it_with_the_command_that_loads_more(self):
        out = StringIO()
        call_command("load_demo", stdout=out)
        self.assertRegex(out.getvalue(), r"demo library\s+\d+ documents")
        status = StringIO()
        call_command("knowledge_status", stdout=status)
        documents = KbDocument.objects.filter(source=DEMO_SOURCE).count()
        self.assertIn(f"askdoc demo library (not medical advice): {documents} documents", status.getvalue())
        self.assertIn("askdoc import_medlineplus latest", status.getvalue())

    def test_knowledge_status_says_when_the_knowledge_base_is_empty(self):
        status = StringIO()
        call_command("knowledge_status", stdout=status)
        self.assertIn("Knowledge base: empty", status.getvalue())
