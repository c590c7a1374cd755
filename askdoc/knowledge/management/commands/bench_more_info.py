"""askdoc bench_more_info [--count 50]: how long composing More Info takes for real published questions."""

import time

import numpy as np
from django.core.management.base import BaseCommand, CommandError

from askdoc.knowledge.models import KbPair, SentenceVector
from askdoc.qa.models import Question


def sample_questions(count: int, source: str | None = None, exclude_source: str | None = None) -> list[Question]:
    """Published questions with a reply, spread evenly over the whole table (demo and imported alike), or over
    those imported from one archive (`source`: the imported file's stem) for a sample judged apart, or over all
    but one archive (`exclude_source`: a sample kept for judging later)."""
    from askdoc.knowledge.collections import published_questions

    answered = published_questions().filter(answers__is_published=True)
    if source is not None:
        answered = answered.filter(source=source)
    if exclude_source is not None:
        answered = answered.exclude(source=exclude_source)
    ids = list(answered.distinct().values_list("pk", flat=True))
    if len(ids) > count:
        step = len(ids) / count
        ids = [ids[int(i * step)] for i in range(count)]
    questions = {q.pk: q for q in published_questions().filter(pk__in=ids)}
    return [questions[pk] for pk in ids if pk in questions]


class Command(BaseCommand):
    help = (
        "Compose More Info (without storing it) for --count published questions spread over the database and print "
        "p50/p90/p99/max milliseconds, after one warm-up question (model load). Needs the knowledge base imported "
        "and indexed (askdoc import_medquad). Also prints how many answer sentences had to be encoded on the spot "
        "because their vectors were not stored yet (askdoc index_sentences stores them all)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=50, help="questions to time (default 50)")

    def handle(self, *args, count=50, **options):
        from askdoc.knowledge.more_info import compose_more_info

        if count < 1:
            raise CommandError("--count must be at least 1.")
        if not KbPair.objects.exclude(answer="").exists():
            raise CommandError("The knowledge base is empty: run `askdoc import_medquad PATH` first.")
        questions = sample_questions(count + 1)
        if len(questions) < 2:
            raise CommandError("Fewer than two published questions with a reply: load the demo or import some.")
        warm_up, questions = questions[0], questions[1:]
        self.stdout.write(self.settings_line())
        started = time.perf_counter()
        compose_more_info(warm_up)
        self.stdout.write(f"warm-up (loads the model): {1000 * (time.perf_counter() - started):.0f} ms")
        stored_before = SentenceVector.objects.count()
        timings, statuses = [], {}
        for question in questions:
            started = time.perf_counter()
            status = compose_more_info(question)["status"]
            timings.append(1000 * (time.perf_counter() - started))
            statuses[status] = statuses.get(status, 0) + 1
        encoded = SentenceVector.objects.count() - stored_before
        p50, p90, p99 = np.percentile(timings, [50, 90, 99])
        self.stdout.write(
            f"More Info for {len(timings)} questions: p50 {p50:.0f} ms, p90 {p90:.0f} ms, p99 {p99:.0f} ms, "
            f"max {max(timings):.0f} ms; " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
            + f"; {encoded} answer sentences encoded on the spot (not stored before)."
        )

    def settings_line(self) -> str:
        """What the timings depend on, so that two runs can be compared."""
        import os

        from django.conf import settings

        from askdoc.retrieval import decision

        threads = settings.ASKDOC_TORCH_THREADS or "torch default"
        return (f"settings: {KbPair.objects.exclude(answer='').count()} knowledge-base pairs with an answer, "
                f"{SentenceVector.objects.count()} sentence vectors stored, torch threads {threads}, "
                f"decision model {'on' if decision.available() else 'off'}, "
                f"database {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}, "
                f"load average {os.getloadavg()[0]:.1f}")
