"""Time the public pages against the current database, the way a visitor's request runs."""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from askdoc.qa import selectors


class Command(BaseCommand):
    help = (
        "Render the answered-question, home and department pages RUNS times each with Django's test client "
        "against the current database and print p50/p95/p99 in ms and the SQL query count per page."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200, help="Timed requests per page (default 200).")
        parser.add_argument("--warmup", type=int, default=10, help="Untimed requests first (default 10).")

    def handle(self, *args, runs: int, warmup: int, **options):
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        question = selectors.published_questions().filter(answers__is_published=True).order_by("-published_at").first()
        if question is None:
            raise CommandError("No answered question to benchmark; run `askdoc generate_questions` first.")
        if settings.DEBUG:
            self.stderr.write("Warning: DEBUG is on; the numbers will be slower than production.")
        count = selectors.published_questions().count()
        self.stdout.write(f"{count} published questions; {runs} runs per page after {warmup} warm-up runs.")
        pages = [
            ("answered question", question.get_absolute_url()),
            ("home", "/"),
            ("department", question.department.get_absolute_url()),
        ]
        client = Client()
        # "cpu p50" is this process's CPU time: on a busy machine it shows how much of the wall time is
        # waiting for a core rather than work.
        header = f"{'page':<18} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'cpu p50':>8} {'queries':>8}  url"
        self.stdout.write(header)
        for name, url in pages:
            (p50, p95, p99), cpu, queries = self._measure(client, url, runs, warmup)
            self.stdout.write(f"{name:<18} {p50:8.2f} {p95:8.2f} {p99:8.2f} {cpu:8.2f} {queries:8d}  {url}")

    def _measure(self, client: Client, url: str, runs: int, warmup: int):
        for _ in range(warmup):
            self._get(client, url)
        timings, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            self._get(client, url)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        with CaptureQueriesContext(connection) as captured:
            self._get(client, url)
        return self._percentiles(timings), statistics.median(cpu), len(captured)

    def _percentiles(self, timings: list[float]) -> tuple[float, float, float]:
        if len(timings) == 1:
            return timings[0], timings[0], timings[0]
        cuts = statistics.quantiles(timings, n=100, method="inclusive")
        return cuts[49], cuts[94], cuts[98]

    def _get(self, client: Client, url: str) -> None:
        response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}, not 200.")
