import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from askdoc.knowledge.bootstrap import knowledge_bootstrap
from askdoc.knowledge.models import KbPair
from askdoc.retrieval import search
from tests.knowledge.base import SMALL_TREE, KnowledgeTestCase, write_tar


class KnowledgeBootstrapTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.archive = write_tar(Path(tempfile.mkdtemp()), SMALL_TREE)
        self.question = self.publish(
            body="My wrist twitches after I lift heavy boxes at work. What could it be?",
            reply="It is most likely muscle fatigue; rest and stretch, and see a neurologist if it persists.",
        )

    def test_it_imports_the_knowledge_base_indexes_and_enriches_published_questions(self):
        result = knowledge_bootstrap(medquad_path=self.archive)
        self.assertEqual(result, {"imported_pairs": 6, "enriched_questions": 1})
        self.question.refresh_from_db()
        self.assertIn(self.question.more_info["status"], {"ok", "nothing_relevant"})
        hits = search("questions", "wrist twitching after lifting", k=3)
        self.assertEqual([hit.key for hit in hits][:1], [str(self.question.pk)])

    def test_running_it_again_imports_and_enriches_nothing(self):
        knowledge_bootstrap(medquad_path=self.archive)
        pairs = KbPair.objects.count()
        self.assertEqual(knowledge_bootstrap(medquad_path=self.archive),
                         {"imported_pairs": 0, "enriched_questions": 0})
        self.assertEqual(KbPair.objects.count(), pairs)

    def test_it_works_without_the_data_set(self):
        result = knowledge_bootstrap(medquad_path=Path("/nonexistent/MedQuAD.tar.gz"))
        self.assertEqual(result, {"imported_pairs": 0, "enriched_questions": 1})
        self.assertFalse(KbPair.objects.exists())

    def test_the_command_runs_it_through_the_task_queue(self):
        out = StringIO()
        # Tests run tasks inline, so queueing it runs it.
        call_command("bootstrap_knowledge", "--medquad", str(self.archive), stdout=out)
        self.assertIn("Queued", out.getvalue())
        self.assertEqual(KbPair.objects.count(), 6)
