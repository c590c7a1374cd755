"""The askdoc demo library: written for the demo questions' topics, loaded idempotently, cited as demo content."""

import json
import re
from io import StringIO

from django.core.management import call_command

from askdoc.knowledge import services
from askdoc.knowledge.demo_library import DEMO_SOURCE, DEMO_ZH_SOURCE, LIBRARY_DIR, demo_library_load, library_documents
from askdoc.knowledge.models import KbDocument, KbPair
from askdoc.knowledge.more_info import SOURCE_NAMES
from askdoc.knowledge.more_info_zh import chinese_sentences
from askdoc.knowledge.sentences import answer_sentences
from askdoc.qa.demo.loader import DEMO_DIR
from askdoc.qa.demo.loader import SOURCE as DEMO_QUESTIONS
from askdoc.qa.models import Question
from tests.knowledge.base import KnowledgeTestCase


def demo_topics() -> dict[str, dict]:
    return {t["slug"]: t for t in json.loads((DEMO_DIR / "topics.json").read_text(encoding="utf-8"))["topics"]}


class DemoLibraryContentTests(KnowledgeTestCase):
    def test_every_document_is_named_after_a_demo_topic(self):
        topics = demo_topics()
        for path in LIBRARY_DIR.rglob("*.json"):
            for item in json.loads(path.read_text(encoding="utf-8"))["documents"]:
                self.assertIn(item["topic"], topics, item["id"])
                self.assertEqual(item["focus"], topics[item["topic"]]["name"], item["id"])

    def test_every_document_has_at_least_three_sentences_more_info_can_cite(self):
        for document in (d for d in library_documents() if d.source == DEMO_SOURCE):
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


class ChineseDemoLibraryTests(KnowledgeTestCase):
    """The Traditional Chinese part: written for the Chinese demo questions, cited on their pages only."""

    def test_it_covers_the_main_topic_of_every_chinese_demo_question_under_the_topics_names(self):
        topics = demo_topics()
        documents = {d.focus: d for d in library_documents() if d.source == DEMO_ZH_SOURCE}
        questions = json.loads((DEMO_DIR / "questions_zh_hant.json").read_text(encoding="utf-8"))["questions"]
        for question in questions:
            topic = topics[question["topics"][0]]
            document = documents.get(topic["name"])
            self.assertIsNotNone(document, question["key"])
            self.assertEqual(document.synonyms[0], topic["name_zh_hant"])
            sentences = [s for pair in document.pairs for s in chinese_sentences(pair.answer)]
            self.assertGreaterEqual(len(sentences), 3, question["key"])

    def test_it_is_marked_as_demo_content(self):
        content = json.loads((LIBRARY_DIR / "zh_hant" / "library.json").read_text(encoding="utf-8"))
        self.assertIn("不是醫療建議", content["_notice"])
        self.assertEqual(SOURCE_NAMES[DEMO_ZH_SOURCE], "askdoc 示範知識庫（非醫療建議）")

    def test_a_chinese_demo_question_cites_chinese_sentences_and_an_english_one_never_does(self):
        call_command("load_demo", stdout=StringIO())
        for name in ("kb", "topics"):
            services.collection_rebuild(name=name)
        chinese = Question.objects.get(source=DEMO_QUESTIONS, external_id="demo-zh-neuro-01")
        english = Question.objects.get(source=DEMO_QUESTIONS, external_id="demo-neuro-01")
        services.question_enrich(question=chinese)
        services.question_enrich(question=english)
        chinese.refresh_from_db()
        english.refresh_from_db()
        sentences = [s["text"] for section in chinese.more_info["sections"] for s in section["sentences"]]
        self.assertGreaterEqual(len(sentences), 3)
        self.assertTrue(all(re.search(r"[\u4e00-\u9fff]{6}", s) for s in sentences), sentences)
        self.assertEqual({s["name"] for s in chinese.more_info["sources"]}, {"askdoc 示範知識庫（非醫療建議）"})
        self.assertEqual(chinese.more_info["sources"][0]["title"], "肌肉抽動")
        self.assertNotIn("askdoc 示範知識庫（非醫療建議）",
                         {s["name"] for s in english.more_info.get("sources", [])})

    def test_a_chinese_question_without_chinese_knowledge_gets_no_more_info(self):
        call_command("load_demo", stdout=StringIO())
        question = Question.objects.get(source=DEMO_QUESTIONS, external_id="demo-zh-neuro-01")
        KbDocument.objects.filter(source=DEMO_ZH_SOURCE).delete()
        services.question_enrich(question=question)
        question.refresh_from_db()
        self.assertEqual(question.more_info["status"], "nothing_relevant")
