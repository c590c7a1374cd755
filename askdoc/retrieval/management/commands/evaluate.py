"""askdoc evaluate: quality of the knowledge engine and the ask flow on the shared data sets."""

import importlib.util

from django.core.management.base import BaseCommand, CommandError

CHOICES = ("mqp", "rqe", "qa", "lookalike", "entailment", "intake")


class Command(BaseCommand):
    help = (
        "Print quality numbers: MQP pair accuracy, MEDIQA-2019 RQE validation accuracy, MEDIQA-2019 QA validation "
        "ranking (MRR, precision), the look-alike and entailment sets under evaluation/, "
        "then the intake engineer's numbers (askdoc.intake.evaluation). "
        "Data sets are read from settings.ASKDOC_SHARED_DATA. See docs/quality.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--only", default=",".join(CHOICES), help=f"comma-separated subset of {', '.join(CHOICES)}")

    def handle(self, *args, only, **options):
        from askdoc.retrieval.datasets import shared
        from askdoc.retrieval.evaluation import EVALUATIONS

        wanted = [name.strip() for name in only.split(",") if name.strip()]
        unknown = sorted(set(wanted) - set(CHOICES))
        if unknown:
            raise CommandError(f"unknown evaluation(s) {', '.join(unknown)}; choose from {', '.join(CHOICES)}")
        write = self.stdout.write
        results = {}
        for name in wanted:
            if name in EVALUATIONS:
                if not shared().exists():
                    raise CommandError(f"shared data not found at {shared()} (set ASKDOC_SHARED_DATA)")
                results.update(EVALUATIONS[name](write))
        if "intake" in wanted:
            if importlib.util.find_spec("askdoc.intake.evaluation") is None:
                write("intake: askdoc.intake.evaluation is not available yet; skipped")
            else:
                from askdoc.intake.evaluation import evaluate

                results.update(evaluate(write) or {})
        return None
