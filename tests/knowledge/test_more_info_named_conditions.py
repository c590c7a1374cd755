"""More Info explains the condition the question is about, not another one that shares a word with it."""

import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from askdoc.knowledge.more_info import MAX_PER_SECTION, compose_more_info
from tests.knowledge.base import KnowledgeTestCase, medquad_xml, write_tree

FEVER = medquad_xml(
    doc_id="0000359", source="MPlusHealthTopics", focus="Fever", url="https://medlineplus.gov/fever.html",
    pairs=[("information", "What is (are) Fever ?",
            "A fever is a body temperature that is higher than normal in a child or an adult. "
            "Most fevers in a child with a runny nose come from a viral infection and go away within a few days. "
            "Call your doctor if a child under three months has a fever, or if the fever lasts more than three days. "
            "Medicines such as acetaminophen can lower a high fever and help a child feel better.")],
)
Q_FEVER = medquad_xml(
    doc_id="0000341", source="CDC", focus="Q Fever", url="https://www.cdc.gov/qfever",
    pairs=[("symptoms", "What are the symptoms of Q Fever in a child with fever for two days ?",
            "Q fever in a child causes a high fever for two days or more, with chills and a runny nose. "
            "Q fever is treated with doxycycline in a child who is hospitalized with fever.")],
)
RARE = medquad_xml(
    doc_id="0006197", source="GARD", focus="Periodic fever syndrome of childhood",
    pairs=[("symptoms", "What are the symptoms of a child with fever for two days and a runny nose ?",
            "A child with this syndrome has a fever for two days every month with a runny nose and mouth sores. "
            "The fever episodes in this child syndrome stop by the teenage years.")],
)
TREE = {"4_MPlus_Health_Topics_QA/0000359.xml": FEVER, "2_CDC_QA/0000341.xml": Q_FEVER,
        "2_GARD_QA/0006197.xml": RARE}

QUESTION = ("My son is 2 and has had a fever for two days with a runny nose. He drinks and plays when the fever "
            "comes down. Should I take my child to the hospital?")
REPLY = ("Fever with a runny nose in a child is most often a viral infection. Call your doctor if the fever lasts "
         "more than three days; acetaminophen can lower the fever.")


class NamedConditionTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        call_command("import_medquad", str(write_tree(Path(tempfile.mkdtemp()), TREE)),
                     stdout=StringIO(), stderr=StringIO(), verbosity=0)

    def test_it_cites_the_named_condition_and_not_a_longer_name_or_a_rare_disease(self):
        more_info = compose_more_info(self.publish(body=QUESTION, reply=REPLY,
                                                   title="2 year old fever for 2 days"))
        self.assertEqual(more_info["status"], "ok")
        self.assertEqual({s["title"] for s in more_info["sources"]}, {"Fever"})
        text = " ".join(s["text"] for section in more_info["sections"] for s in section["sentences"])
        self.assertNotIn("Q fever", text)
        self.assertNotIn("syndrome", text)

    def test_it_keeps_every_section_short(self):
        more_info = compose_more_info(self.publish(body=QUESTION, reply=REPLY))
        for section in more_info["sections"]:
            self.assertLessEqual(len(section["sentences"]), MAX_PER_SECTION)
