"""A question names its focus by any name the knowledge base gives it: a page's synonym ("heartburn" for GERD),
an acronym, the demo library's own aliases; the page title counts first."""

import tempfile
from io import StringIO
from pathlib import Path
from unittest import TestCase

from django.core.management import call_command

from askdoc.knowledge.more_info import compose_more_info, name_phrases
from tests.knowledge.base import SMALL_TREE, KnowledgeTestCase, medquad_xml, write_tree

GERD = medquad_xml(
    doc_id="0000402", source="MPlusHealthTopics", focus="GERD", synonyms=("Heartburn",),
    url="https://medlineplus.gov/gerd.html",
    pairs=[("information", "What is (are) GERD ?",
            "Acid reflux happens when stomach acid flows back into the food pipe after meals. "
            "Acid reflux causes a burning pain behind the breastbone, often at night when lying down. "
            "Eating late, large meals and alcohol make acid reflux worse. "
            "Finishing dinner a few hours before bed helps acid reflux.")],
)
HEARTBURN_REMOVED = medquad_xml(
    doc_id="0001888", source="ADAM", focus="Heartburn", category="Disease",
    pairs=[("information", "What is (are) Heartburn ?", "")],
)
BODY = ("I get a burning feeling behind my breastbone almost every night when I lie down after a late dinner. "
        "Antacid tablets help for an hour. What can I do?")
REPLY = "Finish eating a few hours before bed, keep dinner smaller and cut down on alcohol."


class NamePhraseTests(TestCase):
    def test_a_one_word_synonym_counts_only_when_it_surely_names_the_condition(self):
        focus_words = {("heartburn",)}
        self.assertIn(("heartburn",),
                      name_phrases("Gastroesophageal Reflux", ["heartburn"], "AskdocDemo", set(), set()))
        self.assertIn(("heartburn",), name_phrases("GERD", ["Heartburn"], "MPlusHealthTopics", focus_words, set()))
        self.assertIn(("gerd",), name_phrases("Gastroesophageal reflux disease", ["GERD"], "ADAM", set(), set()))
        self.assertNotIn(("drinking",), name_phrases("Alcohol", ["drinking"], "MPlusHealthTopics", set(), set()))
        self.assertNotIn(("ra",), name_phrases("Rheumatoid Arthritis", ["RA"], "MPlusHealthTopics", set(), set()))

    def test_an_acronym_that_is_also_an_ordinary_word_names_nothing(self):
        prose = {"all", "the", "children", "are", "sad", "aid"}
        self.assertNotIn(("all",),
                         name_phrases("Acute Lymphocytic Leukemia", ["ALL"], "MPlusHealthTopics", set(), prose))
        self.assertNotIn(("sad",), name_phrases("Seasonal Affective Disorder", ["SAD"], "ADAM", set(), prose))
        self.assertIn(("hiv",), name_phrases("HIV/AIDS", ["HIV"], "MPlusHealthTopics", set(), prose))

    def test_a_word_of_the_page_own_name_names_the_family_not_the_page(self):
        focus_words = {("ulcer",), ("colitis",)}
        phrases = name_phrases("Peptic Ulcer", ["Ulcer", "Stomach ulcer"], "MPlusHealthTopics", focus_words, set())
        self.assertNotIn(("ulcer",), phrases)
        self.assertIn(("stomach", "ulcer"), phrases)
        self.assertNotIn(("colitis",), name_phrases("Ulcerative colitis", ["Colitis"], "ADAM", focus_words, set()))

    def test_an_audience_is_not_part_of_a_name(self):
        self.assertEqual(name_phrases("Kidney Stones in Adults", [], "NIDDK", set(), set()), {("kidney", "stone")})


class SynonymFocusTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        tree = SMALL_TREE | {"4_MPlus_Health_Topics_QA/0000402.xml": GERD,
                             "10_MPlus_ADAM_QA/0001888.xml": HEARTBURN_REMOVED}
        call_command("import_medquad", str(write_tree(Path(tempfile.mkdtemp()), tree)),
                     stdout=StringIO(), stderr=StringIO(), verbosity=0)

    def test_the_page_titles_heartburn_finds_the_page_that_names_it_as_a_synonym(self):
        question = self.publish(title="burning chest at night", body=BODY, reply=REPLY,
                                page_title="Night-Time Heartburn After Late Meals: Causes and Treatment")
        more_info = compose_more_info(question)
        self.assertEqual(more_info["status"], "ok")
        self.assertEqual({s["title"] for s in more_info["sources"]}, {"GERD"})

    def test_a_synonym_ruled_out_in_the_page_title_does_not_name_the_focus(self):
        question = self.publish(title="burning chest at night", body=BODY, reply=REPLY,
                                page_title="Chest Burning Without Heartburn")
        self.assertNotIn("GERD", {s["title"] for s in compose_more_info(question)["sources"]})
