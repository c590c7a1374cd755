"""`askdoc serve`: run askdoc in production: granian plus supervised task workers."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from askdoc.ops.database import database_problem
from askdoc.ops.startup import refuse_unsafe_production
from askdoc.ops.supervisor import Child, Supervisor, web_argv, worker_argv


def serve_children(web: list[str], task_workers: int) -> list[Child]:
    """The web server (granian with `web`'s arguments) and the supervised task workers."""
    children = [Child("web", web, restart=False, env={"ASKDOC_DB_POOL": "1"})]
    # The task workers run the sentence encoder (the asks' analysis, enrichment) at a lower CPU priority: on a
    # small host a burst of asks then costs the web processes nothing, and the analyses catch up after it.
    worker_env = {"ASKDOC_TORCH_THREADS": str(settings.ASKDOC_TASK_THREADS)}
    return children + [Child(f"worker-{slot}", worker_argv(slot), restart=True, nice=settings.ASKDOC_TASK_NICE,
                             env=worker_env) for slot in range(1, task_workers + 1)]


class Command(BaseCommand):
    help = ("Serve askdoc with granian (several processes, each with threads) and run the background task "
            "worker(s), restarting a worker whenever it exits. Stops everything on Ctrl+C / SIGTERM.")

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000",
                            help="address:port to listen on (default: %(default)s)")
        parser.add_argument("--workers", type=int, default=settings.ASKDOC_WEB_WORKERS,
                            help="web processes (default: %(default)s, ASKDOC_WEB_WORKERS)")
        parser.add_argument("--threads", type=int, default=settings.ASKDOC_WEB_THREADS,
                            help="threads per web process (default: %(default)s, ASKDOC_WEB_THREADS)")
        parser.add_argument("--task-workers", type=int, default=settings.ASKDOC_TASK_WORKERS,
                            help="background task workers (default: %(default)s, ASKDOC_TASK_WORKERS; 0: none)")

    def handle(self, *, bind, workers, threads, task_workers, **options):
        refuse_unsafe_production()
        problem = database_problem()
        if problem:
            raise CommandError(problem)
        logging.basicConfig(level=logging.INFO, format="[askdoc serve] %(message)s")
        try:
            web = web_argv(bind=bind, workers=workers, threads=threads, access_log=settings.ASKDOC_ACCESS_LOG)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        children = serve_children(web, task_workers)
        self.stdout.write(f"askdoc is running at {settings.SITE_URL}/ (listening on {bind}: {workers} web processes x "
                          f"{threads} threads, {task_workers} task worker(s)); Ctrl+C stops it.")
        raise SystemExit(Supervisor(children).run())
