from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from askdoc.qa import services
from tests.qa.workflow import ANSWER, WorkflowTestCase

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


class OriginalPurgeScheduleTest(WorkflowTestCase):
    @override_settings(TASKS=DATABASE_TASKS, ASKDOC_ORIGINAL_RETENTION_DAYS=30)
    def test_publishing_queues_the_purge_for_when_the_retention_ends(self):
        question = self.claimed()
        with self.captureOnCommitCallbacks(execute=True):
            services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER)
        question.refresh_from_db()
        purge = DBTaskResult.objects.get(task_path="askdoc.intake.tasks.purge_originals")
        self.assertEqual(purge.run_after, question.original_purge_after)
        self.assertEqual((question.original_purge_after - question.published_at).days, 30)
