"""`askdoc tune_emergency`: choose the emergency classifier's per-family thresholds on development data."""

from pathlib import Path

import yaml
from django.conf import settings
from django.core.management.base import BaseCommand

from askdoc.intake.data_files import DATA_DIR


class Command(BaseCommand):
    help = ("Choose the per-family thresholds of the emergency warning on the development sets (evaluation/intake, "
            "split: development; each writer read by a classifier fitted without its group of writers) and 600 real "
            "archive titles; print recall/specificity; --write saves them to "
            "askdoc/intake/data/emergency_thresholds.yaml.")

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true")

    def handle(self, *args, **options):
        from askdoc.intake import learned, tuning

        shared = Path(settings.ASKDOC_SHARED_DATA)
        # The shipped classifier learned from the writers' sets: each writer is read by one that never saw it, as a
        # new asker will be.
        with learned.held_out_emergency_classifiers() as held_out:
            items = tuning.development_items(shared if shared.exists() else None, held_out)
        table = tuning.choose(items)
        self.stdout.write(f"development items: {len(items)}")
        self.stdout.write(f"  chosen: {tuning.scores(items, table)}")
        self.stdout.write(yaml.safe_dump(table, sort_keys=True))
        if options["write"]:
            path = DATA_DIR / "emergency_thresholds.yaml"
            text = path.read_text(encoding="utf-8")
            # The comments above the table stay; the veto and the context layer's block below it are chosen by
            # `train_context` (and the veto by hand, docs/intake.md), not here.
            head, rest = text[:text.index("\ndoubted:") + 1], text[text.index("\n# veto:") + 1:]
            tuned = {kind: values for kind, values in table.items() if kind != "veto"}
            path.write_text(head + yaml.safe_dump(tuned, sort_keys=True) + rest, encoding="utf-8")
            self.stdout.write(f"written to {path}")
