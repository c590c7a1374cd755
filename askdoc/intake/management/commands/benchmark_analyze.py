"""`askdoc benchmark_analyze`: how long `analyze_question` takes per question, with the encoder loaded."""

import statistics
import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = ("Time the ask flow's analysis (redaction, emergency, triage, title) one question at a time on the "
            "development questions of evaluation/intake (encoder loaded and warmed first); prints p50/p90/max in ms.")

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=200, help="questions to time (default 200)")

    def handle(self, *args, limit, **options):
        from askdoc.intake.analysis import analyze_question
        from askdoc.intake.evaluation import load

        rows = (load("triage_dev.jsonl") + load("emergency.jsonl") + load("privacy.jsonl"))[:limit]
        analyze_question("warm-up: my knee hurts after running")  # loads the encoder, models and word lists
        timings = []
        for row in rows:
            start = time.perf_counter()
            analyze_question(row["text"], age_range=row.get("age_range"), gender=row.get("gender"))
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p90 = timings[int(0.9 * (len(timings) - 1))]
        self.stdout.write(f"analyze_question on {len(timings)} questions: p50 {statistics.median(timings):.1f} ms, "
                          f"p90 {p90:.1f} ms, max {timings[-1]:.1f} ms")
