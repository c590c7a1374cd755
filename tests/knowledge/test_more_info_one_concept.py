"""More Info cites one concept: the best page's, with the pages of the same concept, never a second condition the
question also names (a comorbidity, a neighbouring condition)."""

import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from askdoc.knowledge.models import KbDocument
from askdoc.knowledge.more_info import compose_more_info, same_concept
from tests.knowledge.base import KnowledgeTestCase, medquad_xml, write_tree

COLD = medquad_xml(
    doc_id="0000101", source="MPlusHealthTopics", focus="Common Cold",
    pairs=[("information", "What is (are) Common Cold ?",
            "A common cold is a viral infection of the nose and throat. A cold usually gets better in 7 to 10 days. "
            "See a doctor if a cold lasts more than 10 days or a fever is high. Rest and fluids help a cold.")],
)
COPD = medquad_xml(
    doc_id="0000102", source="MPlusHealthTopics", focus="COPD",
    pairs=[("information", "What is (are) COPD ?",
            "COPD is a lung disease that makes it hard to breathe. Smoking causes most COPD. "
            "COPD gets worse over time and a cold can make COPD symptoms worse.")],
)
EAR = medquad_xml(
    doc_id="0000103", source="MPlusHealthTopics", focus="Ear Infections",
    pairs=[("information", "What is (are) Ear Infections ?", "Ear infections are common in young children.")],
)
OTITIS = medquad_xml(
    doc_id="0000104", source="NIDCD", focus="Otitis Media", synonyms=("Ear Infections",),
    pairs=[("information", "What is (are) Otitis Media ?", "Otitis media is an infection of the middle ear.")],
)


class OneConceptTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        tree = write_tree(Path(tempfile.mkdtemp()), {
            "4_MPlus_Health_Topics_QA/0000101.xml": COLD, "4_MPlus_Health_Topics_QA/0000102.xml": COPD,
            "4_MPlus_Health_Topics_QA/0000103.xml": EAR, "7_NIDCD_QA/0000104.xml": OTITIS})
        call_command("import_medquad", str(tree), stdout=StringIO(), stderr=StringIO(), verbosity=0)

    def test_a_comorbidity_named_beside_the_complaint_is_not_cited_with_it(self):
        question = self.publish(title="a common cold at 74 with COPD, when to see a doctor?",
                                body="I have had a cold for 3 days with a runny nose. I have mild COPD. When should "
                                     "someone my age see a doctor for a cold?",
                                reply="A common cold usually settles in 7 to 10 days; rest and fluids help.")
        titles = {source["title"] for source in compose_more_info(question)["sources"]}
        # Which of the two is best depends on the encoder (a hashing one here); never both.
        self.assertEqual(len(titles), 1, titles)

    def test_pages_of_one_concept_go_together(self):
        documents = {d.focus: d for d in KbDocument.objects.all()}
        self.assertTrue(same_concept(documents["Ear Infections"], documents["Otitis Media"]))
        self.assertFalse(same_concept(documents["Common Cold"], documents["COPD"]))

    def test_who_the_asker_is_is_not_what_they_ask_about(self):
        question = self.publish(title="is ginger tea safe for a COPD patient?",
                                body="My husband drinks ginger tea every day; his lung disease makes it hard to "
                                     "breathe and gets worse over time. Is it safe for a COPD patient?",
                                reply="Ginger tea does not make a lung disease worse or make it harder to breathe.")
        self.assertNotIn("COPD", {source["title"] for source in compose_more_info(question)["sources"]})
        lingering = self.publish(title="a common cold that will not go. i am a COPD patient.",
                               body="I have had a common cold for two weeks. I am a COPD patient.",
                               reply="A common cold usually settles in 7 to 10 days; rest and fluids help.")
        self.assertNotIn("COPD", {source["title"] for source in compose_more_info(lingering)["sources"]})
