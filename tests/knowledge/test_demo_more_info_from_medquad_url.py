"""With MedQuAD imported by URL (a sample in the published format, served over real HTTP on 127.0.0.1), the demo
questions' More Info cites the MedQuAD pages about their focus, found by MedQuAD's own names and synonyms, ahead
of the demo library that stands in for them on a fresh install."""

import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

from askdoc.knowledge.demo_library import demo_library_load
from askdoc.knowledge.more_info import compose_more_info
from askdoc.qa.demo.loader import SOURCE, demo_load
from askdoc.qa.models import Question
from tests.knowledge.base import KnowledgeTestCase, medquad_xml, write_tar
from tests.knowledge.http_server import FileServer

HEARTBURN = medquad_xml(
    doc_id="0000450", source="MPlusHealthTopics", focus="Heartburn", synonyms=("Acid indigestion", "Pyrosis"),
    url="https://medlineplus.gov/heartburn.html",
    pairs=[("information", "What is (are) Heartburn ?",
            "Heartburn is a painful burning feeling in your chest or throat. "
            "It happens when stomach acid backs up into your esophagus, the tube that carries food from your mouth "
            "to your stomach. If you have heartburn more than twice a week, you may have GERD. "
            "Eating large meals late in the evening and lying down soon after eating can make heartburn worse. "
            "Finishing dinner two to three hours before bed and raising the head of the bed help relieve heartburn.")],
)
TINNITUS = medquad_xml(
    doc_id="0000898", source="MPlusHealthTopics", focus="Tinnitus", synonyms=("Ringing in the ears",),
    url="https://medlineplus.gov/tinnitus.html",
    pairs=[("information", "What is (are) Tinnitus ?",
            "Tinnitus is often described as a ringing in the ears. "
            "Tinnitus can be caused by loud noise, such as a concert, and it often goes away within days. "
            "Wearing earplugs at concerts helps protect your hearing and prevent tinnitus. "
            "See your doctor if the ringing in your ears lasts more than a week or comes with hearing loss.")],
)
SAMPLE = {"4_MPlus_Health_Topics_QA/0000450.xml": HEARTBURN, "4_MPlus_Health_Topics_QA/0000898.xml": TINNITUS}


class DemoWithMedquadCase(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        served = Path(tempfile.mkdtemp())
        write_tar(served, SAMPLE)
        settings_override = override_settings(DATA_DIR=Path(tempfile.mkdtemp()))
        settings_override.enable()
        self.addCleanup(settings_override.disable)
        server = FileServer(served).__enter__()
        self.addCleanup(server.__exit__)
        demo_load()
        demo_library_load()
        call_command("import_medquad", server.url("MedQuAD.tar.gz"), stdout=StringIO(), stderr=StringIO(),
                     verbosity=0)

    def cited(self, key: str) -> list[dict]:
        more_info = compose_more_info(Question.objects.get(source=SOURCE, external_id=key))
        self.assertEqual(more_info["status"], "ok", key)
        return more_info["sources"]


class DemoMoreInfoFromMedquadUrlTests(DemoWithMedquadCase):
    def test_night_time_heartburn_cites_medlineplus_heartburn(self):
        sources = self.cited("demo-gastro-01")
        self.assertIn(("MedlinePlus", "Heartburn"), [(s["name"], s["title"]) for s in sources])


@pytest.mark.slow
class DemoMoreInfoWithTheRealEncoderTests(DemoWithMedquadCase):
    """demo-ent-01 names no condition ("ringing in both ears" after a concert); the doctor's reply names tinnitus.
    That page is its focus because a search on the question's own words finds it too, which takes an encoder that
    knows ringing ears are tinnitus (the hashing encoder only matches words)."""

    real_encoder = True

    def test_ringing_ears_after_a_concert_cites_medlineplus_tinnitus(self):
        sources = self.cited("demo-ent-01")
        self.assertIn(("MedlinePlus", "Tinnitus"), [(s["name"], s["title"]) for s in sources])
