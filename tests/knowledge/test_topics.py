import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from askdoc.knowledge.topics import choose_department
from askdoc.qa.models import Department, FaqTopic
from tests.knowledge.base import SMALL_TREE, KnowledgeTestCase, medquad_xml, write_tree


def choose(source: str, name: str, types=(), description: str = "") -> str:
    return choose_department(sources=[source], semantic_types=set(types), names=[name], description=description)


class DepartmentMappingTests(KnowledgeTestCase):
    def test_it_maps_single_specialty_sources(self):
        self.assertEqual(choose("CancerGov", "Male Breast Cancer"), "hematology-oncology")
        self.assertEqual(choose("NINDS", "Dermatomyositis"), "neurology")
        self.assertEqual(choose("NEI", "Glaucoma"), "ophthalmology")

    def test_it_maps_semantic_types_that_name_a_specialty(self):
        self.assertEqual(choose("GARD", "Parathyroid adenoma", ["T191"]), "hematology-oncology")
        self.assertEqual(choose("MPlusHealthTopics", "Hoarding", ["T048"]), "psychiatry")

    def test_it_lets_niddk_and_nhlbi_choose_only_among_their_specialties(self):
        self.assertEqual(choose("NIDDK", "Kidney Stones in Adults"), "urology")
        self.assertEqual(choose("NIDDK", "Kidney Failure"), "nephrology")
        self.assertEqual(choose("NIDDK", "Cirrhosis"), "gastroenterology")
        self.assertEqual(choose("NIDDK", "Hypothyroidism"), "endocrinology")
        self.assertEqual(choose("NHLBI", "Asthma"), "pulmonology")
        self.assertEqual(choose("NHLBI", "Pernicious Anemia"), "hematology-oncology")
        # A skin word cannot take an NHLBI topic to dermatology.
        self.assertEqual(choose("NHLBI", "Skin of the heart"), "cardiology")

    def test_it_uses_the_vocabulary_for_medlineplus_and_genetic_sources(self):
        self.assertEqual(choose("MPlusHealthTopics", "Heartburn"), "gastroenterology")
        self.assertEqual(choose("MPlusHealthTopics", "Tooth Disorders"), "dentistry")
        self.assertEqual(choose("GHR", "X-linked congenital stationary night blindness", ["T019"]), "ophthalmology")
        self.assertEqual(choose("GARD", "Nance-Horan syndrome", ["T047"]), "pediatrics")
        self.assertEqual(choose("MPlusHealthTopics", "Divorce"), "family-medicine")

    def test_it_reads_the_description_when_the_name_says_nothing(self):
        self.assertEqual(choose("GARD", "Aarskog syndrome", description="A disorder of the heart valves."),
                         "cardiology")


class TopicsFromKnowledgeBaseTests(KnowledgeTestCase):
    def build(self, files=None) -> str:
        out = StringIO()
        call_command("import_medquad", str(write_tree(Path(tempfile.mkdtemp()), files or SMALL_TREE)),
                     "--no-index", stdout=out, stderr=StringIO(), verbosity=0)
        return out.getvalue()

    def test_it_builds_one_topic_per_focus_with_synonyms_group_and_description(self):
        self.build()
        cramps = FaqTopic.objects.get(slug="muscle-cramps")
        self.assertEqual(cramps.origin, FaqTopic.Origin.KNOWLEDGE_BASE)
        self.assertEqual(cramps.name, "Muscle Cramps")
        self.assertEqual(cramps.synonyms, ["Muscle spasm"])
        self.assertEqual(cramps.department.slug, "neurology")
        self.assertEqual(cramps.description,
                         "Muscle cramps are sudden, involuntary contractions or spasms in one or more of your muscles.")
        eye = FaqTopic.objects.get(slug="x-linked-congenital-stationary-night-blindness")
        self.assertEqual(eye.name, "X-linked congenital stationary night blindness")
        self.assertEqual(eye.semantic_group, "Disorders")
        # A pair whose answer was removed still makes a topic.
        self.assertTrue(FaqTopic.objects.filter(slug="wrist-pain").exists())

    def test_it_makes_no_topic_of_a_medicine(self):
        drug = medquad_xml(doc_id="0000001", source="MPlusDrugs", focus="Ibuprofen", category="Drug",
                           pairs=[("usage", "How should Ibuprofen be used ?", "")])
        self.build({"11_MPlusDrugs_QA/0000001.xml": drug})
        self.assertFalse(FaqTopic.objects.filter(name="Ibuprofen").exists())

    def test_it_keeps_a_moderators_department_and_topics_and_slugs_on_a_rebuild(self):
        FaqTopic.objects.create(name="Muscle Cramps", slug="muscle-cramps", department=self.cardiology,
                                description="Written by a moderator.")
        self.build()
        eye = FaqTopic.objects.get(slug="x-linked-congenital-stationary-night-blindness")
        eye.department = Department.objects.get(slug="pediatrics")
        eye.department_locked = True
        eye.save()
        out = self.build()
        moderator_topic = FaqTopic.objects.get(slug="muscle-cramps")
        self.assertEqual(moderator_topic.description, "Written by a moderator.")
        self.assertEqual(moderator_topic.department, self.cardiology)
        kb_twin = FaqTopic.objects.get(slug="muscle-cramps-kb")
        self.assertEqual(kb_twin.origin, FaqTopic.Origin.KNOWLEDGE_BASE)
        eye.refresh_from_db()
        self.assertEqual(eye.department.slug, "pediatrics")
        self.assertIn("0 created", out)
        self.assertEqual(FaqTopic.objects.filter(origin=FaqTopic.Origin.KNOWLEDGE_BASE).count(), 4)
