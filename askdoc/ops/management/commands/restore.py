"""`askdoc restore FILE`: put a backup made by `askdoc backup` back in place of the database's contents."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from askdoc.ops.backup import BackupError, backup_restore
from askdoc.qa.page_cache import public_pages_changed


class Command(BaseCommand):
    help = ("Replace the database's contents with a backup made by `askdoc backup` (stop `askdoc serve` first). "
            "Asks for confirmation unless --yes.")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *, file, yes, **options):
        if not yes and input("This replaces everything in the database. Type 'restore' to go on: ") != "restore":
            raise CommandError("Nothing restored.")
        try:
            backup_restore(path=Path(file))
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        public_pages_changed()  # pages cached from the replaced database must not be served
        self.stdout.write(f"Restored the database from {file}.")
