"""The database task worker, hardened for production.

django-tasks-db's worker exits on any database error except "locked" while claiming, and a task whose
worker died stays RUNNING for ever. This worker
- puts back to READY the tasks it left RUNNING in a previous life (the supervisor restarts it with the
  same worker id) and, every few minutes, tasks of any worker that have been RUNNING longer than
  ASKDOC_TASK_STALE_SECONDS (a worker on another host that died); tasks are idempotent, so running one
  again is safe;
- treats "database is locked" and a lost database connection, while claiming or while a task runs, as a
  pause: it waits with a growing back-off, reconnects and carries on, and the interrupted task goes back
  to READY instead of FAILED.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, close_old_connections, connections
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("askdoc.worker")

# Errors that mean "the database is busy or gone for a moment", not "this task is broken".
TRANSIENT = (OperationalError, InterfaceError)
SWEEP_EVERY = 300.0
MAX_BACKOFF = 30.0
# A task that met a database outage this many times is left FAILED: the error is probably not passing.
MAX_ATTEMPTS = 5
# Not the task's fault: the worker was stopped (SIGTERM/SIGINT: a deploy, `askdoc serve` stopping) while it ran.
STOPPED = {"SystemExit", "KeyboardInterrupt"}
ANALYSE_TASK = "askdoc.qa.tasks.analyse_question"
# An asked question still waiting for its analysis this long, with no analysis task waiting or running, lost its
# task (a crash between the ask's commit and the enqueue): it is queued again.
ANALYSIS_LOST_AFTER = timedelta(minutes=10)


def tasks_requeue_stale(*, worker_id: str | None = None, older_than: timedelta | None = None) -> int:
    """Put RUNNING tasks back to READY: those last claimed by `worker_id` (it died and restarted), and
    those started longer than `older_than` ago. Returns how many were re-queued."""
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING)
    requeued = 0
    for task_result in running.only("id", "worker_ids", "started_at"):
        mine = worker_id is not None and task_result.worker_ids[-1:] == [worker_id]
        stale = older_than is not None and task_result.started_at is not None and (
            task_result.started_at < timezone.now() - older_than)
        if not (mine or stale):
            continue
        # The status check makes this safe against a worker that finishes the task meanwhile.
        requeued += DBTaskResult.objects.filter(pk=task_result.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None)
    if requeued:
        logger.warning("re-queued %d task(s) left RUNNING by a worker that stopped", requeued)
    return requeued


def analyses_requeue_lost(*, older_than: timedelta = ANALYSIS_LOST_AFTER) -> int:
    """Queue the analysis again for questions asked longer than `older_than` ago that still wait for it and have
    no analysis task READY or RUNNING (the task is idempotent). Returns how many were queued."""
    from askdoc.qa import tasks
    from askdoc.qa.models import Question

    waiting = {
        (args_kwargs.get("args") or [None])[0]
        for args_kwargs in DBTaskResult.objects.filter(
            task_path=ANALYSE_TASK, status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
        ).values_list("args_kwargs", flat=True)
    }
    lost = Question.objects.filter(analysis_pending=True, asked_at__lt=timezone.now() - older_than).exclude(
        pk__in=[pk for pk in waiting if isinstance(pk, int)]).values_list("pk", flat=True)
    count = 0
    for pk in lost:
        tasks.analyse_question.enqueue(pk)
        count += 1
    if count:
        logger.warning("queued the analysis again for %d question(s) whose task was lost", count)
    return count


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT)


class ResilientWorker(Worker):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.stale_after = timedelta(seconds=settings.ASKDOC_TASK_STALE_SECONDS)
        self._last_sweep = 0.0

    def sweep(self, *, restarted: bool = False) -> None:
        """On (re)start, our own RUNNING tasks are orphans of the previous life; while running, only tasks
        older than the stale limit are (ours would be the task being claimed right now)."""
        if restarted or time.monotonic() - self._last_sweep >= SWEEP_EVERY:
            tasks_requeue_stale(worker_id=self.worker_id if restarted else None, older_than=self.stale_after)
            analyses_requeue_lost()
            self._last_sweep = time.monotonic()

    def run(self) -> None:
        backoff = 1.0
        restarted = True
        while self.running:
            try:
                self.sweep(restarted=restarted)
                restarted = False
                super().run()
                return
            except TRANSIENT as exc:
                logger.warning("database unavailable (%s); retrying in %.0f s", _first_line(exc), backoff)
                _drop_connections()
                time.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                restarted = True  # re-queue what the interruption left RUNNING under our id

    def run_task(self, db_task_result: DBTaskResult) -> None:
        self.sweep()
        super().run_task(db_task_result)
        db_task_result.refresh_from_db(fields=["status", "exception_class_path", "worker_ids"])
        if (db_task_result.status == TaskResultStatus.FAILED and _failed_transiently(db_task_result)
                and len(db_task_result.worker_ids) < MAX_ATTEMPTS):
            # The task hit a locked or vanished database, or the worker was stopped under it; not a bug: run it
            # again (the next worker life picks it up).
            DBTaskResult.objects.filter(pk=db_task_result.pk).update(status=TaskResultStatus.READY,
                                                                    started_at=None, finished_at=None)
            logger.warning("task %s hit a database outage; re-queued", db_task_result.pk)


def _failed_transiently(db_task_result: DBTaskResult) -> bool:
    path = db_task_result.exception_class_path or ""
    return path.rsplit(".", 1)[-1] in {cls.__name__ for cls in TRANSIENT} | STOPPED


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _drop_connections() -> None:
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except DatabaseError:
            pass
    close_old_connections()
