"""Tasks the worker tests queue (a worker imports a task by its module path, so they live in a module)."""

from django.db import OperationalError
from django_tasks import task

from askdoc.qa.models import AuditEvent

# How often flaky_task should still fail before it succeeds; set by the test.
FAILURES_LEFT = {"count": 0}


@task()
def record(label: str) -> int:
    AuditEvent.objects.create(actor_label="test", action="ran", target=label)
    return AuditEvent.objects.filter(action="ran", target=label).count()


@task()
def flaky_task(label: str) -> str:
    if FAILURES_LEFT["count"] > 0:
        FAILURES_LEFT["count"] -= 1
        raise OperationalError("database is locked")
    AuditEvent.objects.create(actor_label="test", action="ran", target=label)
    return "done"


@task()
def stopped_task(label: str) -> str:
    """Stops the worker under it the first time (what SIGTERM does to db_worker), then runs."""
    if FAILURES_LEFT["count"] > 0:
        FAILURES_LEFT["count"] -= 1
        raise SystemExit(1)
    AuditEvent.objects.create(actor_label="test", action="ran", target=label)
    return "done"
