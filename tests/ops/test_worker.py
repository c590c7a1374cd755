"""The task worker picks up what a dead worker left RUNNING and treats a database outage as a pause."""

from datetime import timedelta

from django.test import TransactionTestCase, override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from askdoc.ops.worker import MAX_ATTEMPTS, ResilientWorker, analyses_requeue_lost, tasks_requeue_stale
from askdoc.qa import services
from askdoc.qa.models import AuditEvent, Question
from tests.ops import tasks

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def run_worker(worker_id: str) -> None:
    ResilientWorker(queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
                    max_tasks=None, worker_id=worker_id, excluded_queue_names=[]).run()


@override_settings(TASKS=DATABASE_TASKS)
class WorkerTests(TransactionTestCase):
    # The worker closes and reopens connections as in production, which a TestCase's transaction forbids;
    # the flushed rows of the data migrations (departments, groups) are restored for the next tests.
    serialized_rollback = True

    def claimed(self, label: str, worker_id: str, started_ago=timedelta(0)) -> DBTaskResult:
        result = DBTaskResult.objects.get(id=tasks.record.enqueue(label).id)
        result.claim(worker_id)
        DBTaskResult.objects.filter(pk=result.pk).update(started_at=timezone.now() - started_ago)
        return result

    def status(self, result: DBTaskResult) -> str:
        result.refresh_from_db()
        return result.status

    def test_a_restarted_worker_runs_the_task_its_previous_life_left_running(self):
        orphan = self.claimed("orphan", "host-1")
        run_worker("host-1")
        self.assertEqual(self.status(orphan), TaskResultStatus.SUCCESSFUL)
        self.assertEqual(AuditEvent.objects.filter(action="ran", target="orphan").count(), 1)

    def test_a_worker_leaves_another_live_workers_recent_task_alone(self):
        busy = self.claimed("busy", "host-2")
        run_worker("host-1")
        self.assertEqual(self.status(busy), TaskResultStatus.RUNNING)

    def test_a_task_running_longer_than_the_stale_limit_is_queued_again(self):
        stale = self.claimed("stale", "host-2", started_ago=timedelta(hours=3))
        recent = self.claimed("recent", "host-2", started_ago=timedelta(minutes=5))
        self.assertEqual(tasks_requeue_stale(older_than=timedelta(hours=2)), 1)
        self.assertEqual((self.status(stale), self.status(recent)), (TaskResultStatus.READY, TaskResultStatus.RUNNING))

    def test_a_task_that_meets_a_locked_database_runs_again_instead_of_failing(self):
        tasks.FAILURES_LEFT["count"] = 2
        result = tasks.flaky_task.enqueue("flaky")
        run_worker("host-1")
        self.assertEqual(self.status(DBTaskResult.objects.get(id=result.id)), TaskResultStatus.SUCCESSFUL)
        self.assertEqual(AuditEvent.objects.filter(action="ran", target="flaky").count(), 1)

    def test_a_task_that_keeps_meeting_database_errors_is_left_failed(self):
        tasks.FAILURES_LEFT["count"] = MAX_ATTEMPTS + 5
        result = tasks.flaky_task.enqueue("hopeless")
        run_worker("host-1")
        tasks.FAILURES_LEFT["count"] = 0
        db_result = DBTaskResult.objects.get(id=result.id)
        self.assertEqual(self.status(db_result), TaskResultStatus.FAILED)
        self.assertEqual(len(db_result.worker_ids), MAX_ATTEMPTS)

    def test_a_task_the_worker_was_stopped_under_runs_again_in_its_next_life(self):
        tasks.FAILURES_LEFT["count"] = 1
        result = tasks.stopped_task.enqueue("stopped")
        run_worker("host-1")
        self.assertEqual(self.status(DBTaskResult.objects.get(id=result.id)), TaskResultStatus.SUCCESSFUL)
        self.assertEqual(AuditEvent.objects.filter(action="ran", target="stopped").count(), 1)

    def test_an_asked_question_whose_analysis_task_was_lost_is_analysed(self):
        question = services.question_submit(nickname="Wren", age_range="30~39", gender="female",
                                            body="My wrist twitches after I lift heavy boxes. What is happening?")
        DBTaskResult.objects.filter(task_path="askdoc.qa.tasks.analyse_question").delete()  # lost
        self.assertEqual(analyses_requeue_lost(older_than=timedelta(minutes=10)), 0)  # too recent to tell
        Question.objects.filter(pk=question.pk).update(asked_at=timezone.now() - timedelta(minutes=11))
        self.assertEqual(analyses_requeue_lost(older_than=timedelta(minutes=10)), 1)
        self.assertEqual(analyses_requeue_lost(older_than=timedelta(minutes=10)), 0)  # its task now waits
        run_worker("host-1")
        self.assertFalse(Question.objects.get(pk=question.pk).analysis_pending)
