from django.test import override_settings
from django.utils import timezone
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
        purges = DBTaskResult.objects.filter(task_path="askdoc.intake.tasks.purge_originals")
        purge = purges.order_by("run_after").first()  # the one publication scheduled, before the ask's
        self.assertEqual(purge.run_after, question.original_purge_after)
        self.assertEqual((question.original_purge_after - question.published_at).days, 30)


def days_between(start, end) -> int:
    return round((end - start).total_seconds() / 86400)


class EveryOriginalHasAPurgeDateTest(WorkflowTestCase):
    @override_settings(ASKDOC_PENDING_ORIGINAL_DAYS=90, ASKDOC_ORIGINAL_RETENTION_DAYS=30)
    def test_an_asked_question_gets_one_and_rejection_or_removal_bring_it_closer(self):
        question = self.ask()
        self.assertEqual(days_between(question.asked_at, question.original_purge_after), 90)
        services.question_reject(question=question, moderator=self.moderator, reason="Please ask one question.")
        question.refresh_from_db()
        self.assertEqual(days_between(timezone.now(), question.original_purge_after), 30)

        published = self.published()
        first = published.original_purge_after
        services.question_remove(question=published, moderator=self.moderator, reason="Taken down.")
        published.refresh_from_db()
        self.assertLessEqual(published.original_purge_after, first)  # an earlier date is never pushed back

    @override_settings(ASKDOC_PENDING_ORIGINAL_DAYS=90)
    def test_a_question_left_waiting_loses_its_original_when_its_time_comes(self):
        from datetime import timedelta

        from askdoc.intake.retention import originals_purge

        question = self.ask(body="Call me on 555-0100 please, my wrist twitches when lifting.")
        self.assertEqual(originals_purge(now=timezone.now() + timedelta(days=89)), 0)
        self.assertEqual(originals_purge(now=timezone.now() + timedelta(days=91)), 1)
        question.refresh_from_db()
        self.assertEqual(question.original_body, "")
