"""The scale-out task backend: the same tasks through django-tasks-rq over the machine's real Redis (db 1 by
default, ASKDOC_TEST_REDIS_URL to change), run by an RQ worker."""

import os
import subprocess
import sys

import django_rq
from django.test import SimpleTestCase, TestCase, override_settings
from django_tasks import TaskResultStatus
from rq import SimpleWorker

from askdoc.qa.models import AuditEvent
from tests.ops import tasks

REDIS_URL = os.environ.get("ASKDOC_TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
RQ_TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
RQ_QUEUES = {"default": {"URL": REDIS_URL}}


@override_settings(TASKS=RQ_TASKS, RQ_QUEUES=RQ_QUEUES)
class RqBackendTests(TestCase):
    def setUp(self):
        from django_tasks_rq.backend import Job

        self.queue = django_rq.get_queue("default", job_class=Job)
        self.queue.empty()
        self.addCleanup(self.queue.empty)

    def work(self) -> None:
        from django_tasks_rq.backend import Job

        SimpleWorker([self.queue], connection=self.queue.connection, job_class=Job).work(burst=True)

    def test_a_task_goes_through_redis_and_an_rq_worker_runs_it(self):
        result = tasks.record.enqueue("through-redis")
        self.assertEqual(AuditEvent.objects.filter(target="through-redis").count(), 0)  # queued, not yet run
        self.assertEqual(self.queue.count, 1)
        self.work()
        self.assertEqual(AuditEvent.objects.filter(target="through-redis").count(), 1)
        result.refresh()
        self.assertEqual(result.status, TaskResultStatus.SUCCESSFUL)
        self.assertEqual(result.return_value, 1)

    def test_the_services_queue_their_work_there_after_commit(self):
        from askdoc.qa import services
        from tests.qa.workflow import BODY

        with self.captureOnCommitCallbacks(execute=True):
            services.question_submit(nickname="Wren", age_range="30~39", gender="female", body=BODY)
        self.assertGreaterEqual(self.queue.count + len(self.queue.scheduled_job_registry), 1)


class RqWorkerCommandTests(SimpleTestCase):
    def test_askdoc_worker_runs_rq_workers_when_the_setting_says_rq(self):
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        env |= {"ASKDOC_TASKS_BACKEND": "rq", "REDIS_URL": REDIS_URL}
        # --batch: work off the queue and stop (RQ's burst mode); db 1's queue is empty outside a test.
        done = subprocess.run([sys.executable, "-m", "askdoc.cli", "worker", "--batch"],
                              capture_output=True, text=True, timeout=120, env=env)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("default", done.stdout + done.stderr)

    def test_rq_without_redis_is_one_clear_line(self):
        env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "REDIS_URL")}
        done = subprocess.run([sys.executable, "-m", "askdoc.cli", "check"], capture_output=True, text=True,
                              timeout=120, env=env | {"ASKDOC_TASKS_BACKEND": "rq"})
        self.assertEqual(done.stderr.strip(), "askdoc: configuration error: ASKDOC_TASKS_BACKEND=rq needs REDIS_URL, "
                                              "e.g. redis://127.0.0.1:6379/1")
