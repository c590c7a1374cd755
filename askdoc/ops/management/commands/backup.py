"""`askdoc backup FILE`: a consistent copy of the database, taken while the site runs."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from askdoc.ops.backup import BackupError, backup_create


class Command(BaseCommand):
    help = ("Back up the whole database (questions, answers, accounts, knowledge base, search indexes) to FILE: "
            "SQLite's online backup, or pg_dump's custom format on PostgreSQL. Restore with `askdoc restore FILE`.")

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="where to write it (default: backups/askdoc-<time> in the "
                                                    "data folder)")

    def handle(self, *, file, **options):
        from django.conf import settings

        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        path = Path(file) if file else Path(settings.DATA_DIR) / "backups" / f"askdoc-{stamp}.backup"
        try:
            backup_create(path=path)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Backed up the database to {path} ({path.stat().st_size:,} bytes).")
