"""Background tasks of the intake (run by `askdoc db_worker`; schedule purge_originals daily, e.g. from cron
with `askdoc purge_originals`, or enqueue this task)."""

from django_tasks import task

from askdoc.intake.retention import originals_purge


@task()
def purge_originals() -> int:
    return originals_purge()
