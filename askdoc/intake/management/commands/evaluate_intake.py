"""`askdoc evaluate_intake`: the intake's numbers alone (`askdoc evaluate` prints them too)."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = ("Print the intake's quality on every set of evaluation/intake/sets.yaml, each marked training, "
            "development or test: triage top-1/top-3, emergency recall/specificity, identifier recall/precision.")

    def add_arguments(self, parser):
        parser.add_argument("--verbose", action="store_true", help="also list the misses")
        parser.add_argument("--only", help="only the sets whose name contains this text")
        parser.add_argument("--split", choices=("training", "development", "test"),
                            help="only the sets of this split (development: every set that may be studied)")

    def handle(self, *args, **options):
        from askdoc.intake.evaluation import evaluate

        evaluate(self.stdout.write, verbose=options["verbose"], only=options.get("only"),
                 split=options.get("split"))
