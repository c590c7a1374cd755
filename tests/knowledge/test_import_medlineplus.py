"""import_medlineplus: the NLM's health topics XML, served over real HTTP from 127.0.0.1, cited by More Info."""

import shutil
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from askdoc.knowledge.models import KbDocument, KbPair
from askdoc.qa.models import FaqTopic
from tests.knowledge.base import KnowledgeTestCase
from tests.knowledge.http_server import FileServer, closed_port_url

SAMPLE = Path(__file__).parent / "data" / "mplus_topics_2026-12-01.xml"
INDEX = """<html><body><h1>MedlinePlus XML Files</h1><ul>
<li><a href="xml/mplus_topics_2026-11-30.xml">Health Topic XML (2026-11-30)</a></li>
<li><a href="xml/mplus_topics_2026-12-01.xml">Health Topic XML (2026-12-01)</a></li>
<li><a href="xml/mplus_topics_compressed_2026-12-01.zip">compressed</a></li></ul></body></html>"""


class ImportMedlinePlusTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.served = Path(tempfile.mkdtemp())
        (self.served / "xml").mkdir()
        shutil.copy(SAMPLE, self.served / "xml" / SAMPLE.name)
        (self.served / "xml.html").write_text(INDEX, encoding="utf-8")
        self.server = FileServer(self.served).__enter__()
        self.addCleanup(self.server.__exit__)
        settings_override = override_settings(DATA_DIR=Path(tempfile.mkdtemp()),
                                              ASKDOC_MEDLINEPLUS_INDEX_URL=self.server.url("xml.html"))
        settings_override.enable()
        self.addCleanup(settings_override.disable)

    def run_import(self, *args) -> tuple[str, str]:
        out, err = StringIO(), StringIO()
        call_command("import_medlineplus", *args, stdout=out, stderr=err, verbosity=0)
        return out.getvalue(), err.getvalue()

    def test_it_imports_english_and_spanish_topics_by_url(self):
        output, errors = self.run_import(self.server.url(f"xml/{SAMPLE.name}"))
        self.assertIn("4 topics (2 English, 1 Spanish); 3 created, 0 updated, 0 unchanged, 0 removed, 1 skipped",
                      output)
        self.assertIn("skipped topic 999: empty full-summary", errors)
        cramps = KbDocument.objects.get(source="MedlinePlus", doc_id="629")
        self.assertEqual(cramps.url, "https://medlineplus.gov/musclecramps.html")
        self.assertEqual(cramps.synonyms, ["Charley horse", "Muscle spasm"])
        answer = cramps.pairs.get().answer
        self.assertIn("Muscle cramps are sudden, involuntary tightenings of one or more muscles that can be very "
                      "painful.\n\nMuscle cramps often happen", answer)
        self.assertIn("Low levels of potassium or magnesium can cause muscle cramps.", answer)
        self.assertNotIn("<p>", answer)
        self.assertTrue(KbDocument.objects.filter(source="MedlinePlusEs", doc_id="1629").exists())
        # English topics become FAQ topics; the Spanish ones stay searchable for More Info only.
        self.assertTrue(FaqTopic.objects.filter(name="Muscle Cramps").exists())
        self.assertFalse(FaqTopic.objects.filter(name="Calambres musculares").exists())

    def test_latest_finds_the_newest_file_on_the_index_page(self):
        output, _ = self.run_import("latest")
        self.assertIn(f"from {self.server.url('xml/mplus_topics_2026-12-01.xml')}", output)
        self.assertEqual(KbPair.objects.filter(document__source__startswith="MedlinePlus").count(), 3)

    def test_running_it_again_changes_nothing(self):
        self.run_import(str(SAMPLE))
        before = list(KbPair.objects.order_by("pk").values())
        output, _ = self.run_import(str(SAMPLE))
        self.assertIn("0 created, 0 updated, 3 unchanged, 0 removed", output)
        self.assertEqual(list(KbPair.objects.order_by("pk").values()), before)

    def test_a_newer_file_updates_changed_topics_removes_withdrawn_ones_and_re_enriches_their_questions(self):
        self.run_import(str(SAMPLE))
        question = self.publish(body="I keep getting kidney stones. How can I prevent kidney stones from coming back?",
                                reply="Drink plenty of water every day and eat less salt to prevent kidney stones.")
        question.more_info = {"status": "ok", "method": "extractive", "sections": [], "sources": [
            {"name": "MedlinePlus (NLM)", "title": "Kidney Stones", "url": "https://medlineplus.gov/kidneystones.html",
             "external_id": "MedlinePlus_203_Sec1"}]}
        question.save()
        newer = SAMPLE.read_text(encoding="utf-8")
        start = newer.index('<health-topic meta-desc="Kidney stones')
        newer = newer[:start] + newer[newer.index("</health-topic>", start) + len("</health-topic>"):]
        newer = newer.replace("can be very painful.", "can be painful and usually last seconds to minutes.")
        path = Path(tempfile.mkdtemp()) / "mplus_topics_2026-12-08.xml"
        path.write_text(newer, encoding="utf-8")
        output, _ = self.run_import(str(path))
        self.assertIn("0 created, 1 updated, 1 unchanged, 1 removed", output)
        self.assertIn("1 questions re-enriched", output)
        self.assertFalse(KbDocument.objects.filter(source="MedlinePlus", doc_id="203").exists())
        question.refresh_from_db()
        cited = [s["external_id"] for s in question.more_info.get("sources", [])]
        self.assertNotIn("MedlinePlus_203_Sec1", cited)

    def test_a_file_that_is_not_health_topics_xml_gives_a_clear_error(self):
        broken = Path(tempfile.mkdtemp())
        (broken / "cut.xml").write_text(SAMPLE.read_text(encoding="utf-8")[:1500], encoding="utf-8")
        (broken / "other.xml").write_text("<?xml version='1.0'?><Document id='1'/>", encoding="utf-8")
        with self.assertRaisesMessage(CommandError, "is not well-formed XML"):
            self.run_import(str(broken / "cut.xml"))
        with self.assertRaisesMessage(CommandError, "expected <health-topics>"):
            self.run_import(str(broken / "other.xml"))
        self.assertFalse(KbDocument.objects.exists())

    def test_an_unreachable_url_gives_a_clear_error(self):
        with self.assertRaisesMessage(CommandError, "Cannot download http://127.0.0.1:"):
            self.run_import(closed_port_url().replace("MedQuAD.tar.gz", SAMPLE.name))
        with override_settings(ASKDOC_MEDLINEPLUS_INDEX_URL=closed_port_url()):
            with self.assertRaisesMessage(CommandError, "Cannot read the list of MedlinePlus files"):
                self.run_import("latest")


class MedlinePlusInMoreInfoTests(KnowledgeTestCase):
    def test_more_info_cites_the_official_page_with_its_url(self):
        call_command("import_medlineplus", str(SAMPLE), stdout=StringIO(), stderr=StringIO(), verbosity=0)
        question = self.publish(body="My calf muscles cramp after lifting heavy objects at the gym. What causes "
                                     "these muscle cramps and how can I relieve them?",
                                reply="These are muscle cramps from tired muscles; stretching and gently massaging "
                                      "the muscle relieves the pain.")
        from askdoc.knowledge.more_info import compose_more_info

        more_info = compose_more_info(question)
        self.assertEqual(more_info["status"], "ok")
        self.assertIn({"name": "MedlinePlus (NLM)", "title": "Muscle Cramps",
                       "url": "https://medlineplus.gov/musclecramps.html", "external_id": "MedlinePlus_629_Sec1"},
                      more_info["sources"])


class RefreshScheduleTests(KnowledgeTestCase):
    def test_the_task_re_imports_and_reports_what_changed(self):
        from askdoc.knowledge.refresh import refresh_medlineplus

        first = refresh_medlineplus.call(str(SAMPLE))
        self.assertEqual((first["created"], first["updated"], first["removed"]), (3, 0, 0))
        again = refresh_medlineplus.call(str(SAMPLE))
        self.assertEqual((again["created"], again["updated"], again["removed"], again["enriched"]), (0, 0, 0, 0))

    @override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}})
    def test_it_queues_one_weekly_refresh_for_the_worker(self):
        from django.utils import timezone
        from django_tasks_db.models import DBTaskResult

        from askdoc.knowledge.refresh import refresh_medlineplus, schedule_next_refresh

        self.assertTrue(schedule_next_refresh())
        self.assertFalse(schedule_next_refresh())  # one is waiting already
        queued = DBTaskResult.objects.get(task_path=refresh_medlineplus.module_path)
        self.assertEqual(queued.args_kwargs["args"], ["latest"])
        self.assertAlmostEqual((queued.run_after - timezone.now()).total_seconds(), 7 * 86400, delta=60)
        with override_settings(ASKDOC_KNOWLEDGE_REFRESH_DAYS=0):
            queued.delete()
            self.assertFalse(schedule_next_refresh())
