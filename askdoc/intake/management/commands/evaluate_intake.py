"""`askdoc evaluate_intake`: the intake's numbers alone (`askdoc evaluate` prints them too)."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print triage top-1/top-3 (dev and held-out), emergency recall/precision and identifier recall/precision."

    def add_arguments(self, parser):
        parser.add_argument("--verbose", action="store_true", help="also list the misses")

    def handle(self, *args, **options):
        from askdoc.intake.evaluation import evaluate

        evaluate(self.stdout.write, verbose=options["verbose"])
