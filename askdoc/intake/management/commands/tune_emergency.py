"""`askdoc tune_emergency`: choose the emergency classifier's per-family thresholds on development data."""

from pathlib import Path

import yaml
from django.conf import settings
from django.core.management.base import BaseCommand

from askdoc.intake.data_files import DATA_DIR


class Command(BaseCommand):
    help = ("Choose the per-family thresholds of the emergency warning on the development sets (evaluation/intake, "
            "split: development) and 600 real archive titles; print recall/specificity; --write saves them to "
            "askdoc/intake/data/emergency_thresholds.yaml.")

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true")

    def handle(self, *args, **options):
        from askdoc.intake import tuning

        shared = Path(settings.ASKDOC_SHARED_DATA)
        items = tuning.development_items(shared if shared.exists() else None)
        table = tuning.choose(items)
        self.stdout.write(f"development items: {len(items)}")
        self.stdout.write(f"  chosen: {tuning.scores(items, table)}")
        self.stdout.write(yaml.safe_dump(table, sort_keys=True))
        if options["write"]:
            path = DATA_DIR / "emergency_thresholds.yaml"
            header = "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                             if line.startswith("#"))
            path.write_text(header + yaml.safe_dump(table, sort_keys=True), encoding="utf-8")
            self.stdout.write(f"written to {path}")
