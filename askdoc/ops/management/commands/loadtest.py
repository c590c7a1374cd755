"""`askdoc loadtest`: concurrent asks and page readers against a running askdoc on this machine."""

import os
from json import dumps

from django.core.management.base import BaseCommand, CommandError

from askdoc.ops import loadtest


class Command(BaseCommand):
    help = ("Load-test a running askdoc on 127.0.0.1 (start it with ASKDOC_RATELIMIT=0 `make run`): ASKS "
            "concurrent questions through POST /api/questions while READERS clients load question pages, then "
            "print accepted/errors/resets/rows, p50/p99 for asks and readers, the load average and which of "
            "issue 9's floors are missed (run it with the server's DATABASE_URL so that it can count the saved "
            "questions). One asyncio process; bounded by --max-reads and --deadline.")

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000")
        parser.add_argument("--asks", type=int, default=200)
        parser.add_argument("--readers", type=int, default=50)
        parser.add_argument("--max-reads", type=int, default=200, help="page loads per reader at most")
        parser.add_argument("--deadline", type=float, default=300, help="seconds the whole test may take")
        parser.add_argument("--timeout", type=float, default=60, help="seconds one request may take")
        parser.add_argument("--no-db-check", action="store_true", help="do not count the saved questions")
        parser.add_argument("--json", action="store_true", help="print the whole report as JSON as well")
        parser.add_argument("--no-warm-up", action="store_true",
                            help="do not load each question page once before the measured run (a cold page cache)")

    def handle(self, *, url, asks, readers, max_reads, deadline, timeout, no_db_check, json, no_warm_up, **options):
        if not (0 < asks <= 1000 and 0 <= readers <= 200 and 0 < deadline <= 1800):
            raise CommandError("keep it bounded: at most 1000 asks, 200 readers and 1800 s")
        try:
            report = loadtest.run(url=url, asks=asks, readers=readers, max_reads=max_reads, deadline=deadline,
                                  timeout=timeout, warm_up=not no_warm_up)
        except (ValueError, RuntimeError, OSError) as exc:
            raise CommandError(str(exc)) from None
        if not no_db_check:
            from askdoc.qa.models import Question

            # The asker's original: the published body may have the run id taken out (an all-digit id reads as a
            # number to the redaction), which counted 0 rows for 200 saved asks.
            marker = f"Load test {report['run_id']} "
            report["asks"]["rows_saved"] = Question.objects.filter(original_body__contains=marker).count()
        report["load_average"] = " ".join(f"{n:.2f}" for n in os.getloadavg())
        if json:
            self.stdout.write(dumps(report, indent=2))
        for line in loadtest.summary_lines(report):
            self.stdout.write(line)
