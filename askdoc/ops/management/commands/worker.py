"""`askdoc worker`: run background tasks; survives database outages and re-queues orphaned tasks."""

from django.conf import settings
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker

from askdoc.ops.worker import ResilientWorker


class Command(db_worker.Command):
    help = (
        "Run the background task worker. With the database backend (the default) it re-queues tasks a dead "
        "worker left RUNNING and waits out database outages; with ASKDOC_TASKS_BACKEND=rq it runs an RQ worker "
        "over REDIS_URL. Give each worker of a pool a stable --worker-id so a restarted one reclaims its tasks."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        # db_worker only accepts a database backend; with RQ the option is unused, so any alias parses.
        parser._option_string_actions["--backend"].type = str

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, reload, max_tasks,
               worker_id, exclude_queues, **options):
        if settings.ASKDOC_TASKS_BACKEND == "rq":
            args = ["--job-class", "django_tasks_rq.Job", "--with-scheduler"] + (["--burst"] if batch else [])
            call_command("rqworker", *queue_name.split(","), *args, verbosity=verbosity)
            return
        self.configure_logging(verbosity)
        worker = ResilientWorker(
            queue_names=queue_name.split(","), interval=interval, batch=batch, backend_name=backend_name,
            startup_delay=startup_delay, max_tasks=max_tasks, worker_id=worker_id,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
        )
        worker.configure_signals()
        worker.run()
