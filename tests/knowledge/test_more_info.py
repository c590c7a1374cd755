import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from askdoc.knowledge import services
from askdoc.knowledge.more_info import compose_more_info
from askdoc.qa.models import Question
from tests.knowledge.base import SMALL_TREE, KnowledgeTestCase, write_tree

WRIST = ("My wrist muscles twitch and cramp after lifting heavy objects at the gym. "
         "What causes these muscle cramps?")
WRIST_REPLY = ("These are likely muscle cramps caused by tired muscles or low electrolytes; stretching and "
               "massaging the muscle usually relieves them.")


class MoreInfoTestCase(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        call_command("import_medquad", str(write_tree(Path(tempfile.mkdtemp()), SMALL_TREE)),
                     stdout=StringIO(), stderr=StringIO(), verbosity=0)


class MoreInfoTests(MoreInfoTestCase):
    def test_it_composes_sections_of_sentences_that_each_cite_an_existing_source(self):
        question = self.publish(body=WRIST, reply=WRIST_REPLY)
        more_info = compose_more_info(question)
        self.assertEqual(more_info["status"], "ok")
        self.assertEqual(more_info["method"], "extractive")
        self.assertTrue(more_info["generated_at"])
        sentences = [s for section in more_info["sections"] for s in section["sentences"]]
        self.assertGreaterEqual(len(sentences), 2)
        self.assertLessEqual(len(sentences), 12)
        for sentence in sentences:
            self.assertTrue(sentence["sources"])
            for index in sentence["sources"]:
                self.assertLess(index, len(more_info["sources"]))
        source = more_info["sources"][sentences[0]["sources"][0]]
        self.assertEqual(source, {"name": "MedlinePlus", "title": "Muscle Cramps",
                                  "url": "https://medlineplus.gov/musclecramps.html",
                                  "external_id": "MPlusHealthTopics_0000629_Sec1"})
        cramps_answer = "".join(s["text"] for s in sentences)
        self.assertIn("Muscle cramps", cramps_answer)

    def test_it_files_sentences_under_the_sections_a_reader_expects(self):
        more_info = compose_more_info(self.publish(body=WRIST, reply=WRIST_REPLY))
        sections = {s["heading"]: [x["text"] for x in s["sentences"]] for s in more_info["sections"]}
        self.assertIn("Call your doctor if muscle cramps are severe, happen often or come with muscle weakness.",
                      sections.get("When to see a doctor", []))
        self.assertIn("Muscle cramps can be caused by nerves that malfunction or by low electrolytes such as "
                      "potassium.", sections.get("Common causes", []))
        self.assertIn("Stretching or gently massaging the cramping muscle can relieve the pain of muscle cramps.",
                      sections.get("What helps", []))
        headings = [s["heading"] for s in more_info["sections"]]
        order = ["What it may be", "Common causes", "When to see a doctor", "What helps"]
        self.assertEqual(headings, [h for h in order if h in headings])

    def test_it_says_nothing_relevant_rather_than_padding(self):
        question = self.publish(body="Which guitar strings sound brighter on a vintage acoustic guitar?",
                                reply="Try phosphor bronze strings and a new saddle.")
        more_info = compose_more_info(question)
        self.assertEqual(more_info["status"], "nothing_relevant")
        self.assertEqual(more_info["sections"], [])
        self.assertEqual(more_info["sources"], [])

    def test_it_never_cites_a_pair_whose_answer_was_removed(self):
        question = self.publish(body="What is wrist pain and how to diagnose kidney stones?", reply="Wrist pain.")
        more_info = compose_more_info(question)
        cited = {s["external_id"] for s in more_info["sources"]}
        self.assertNotIn("ADAM_0000001_Sec1", cited)
        self.assertNotIn("NIDDK_0000203_Sec2", cited)


class MoreInfoStorageTests(MoreInfoTestCase):
    def test_it_stores_more_info_and_regenerates_it_when_the_reply_changes(self):
        question = self.publish(body=WRIST, reply="Please rest.")
        services.question_enrich(question=question)
        question.refresh_from_db()
        first = question.more_info
        self.assertIn(first["status"], {"ok", "nothing_relevant"})
        answer = question.answers.get()
        answer.body = ("Kidney stones: drink enough water every day and eat less salt to prevent kidney stones "
                       "from coming back.")
        answer.save()
        question.body = "I passed a kidney stone. How do I prevent kidney stones from coming back?"
        question.save()
        services.question_enrich(question=question)
        question.refresh_from_db()
        self.assertEqual(question.more_info["status"], "ok")
        cited = {s["external_id"] for s in question.more_info["sources"]}
        self.assertEqual(cited, {"NIDDK_0000203_Sec1"})

    def test_it_never_overwrites_a_moderators_more_info(self):
        written = {"status": "ok", "method": "moderator", "sections": [], "sources": []}
        question = self.publish(body=WRIST, reply=WRIST_REPLY, more_info=written)
        services.question_enrich(question=question)
        self.assertEqual(Question.objects.get(pk=question.pk).more_info, written)
