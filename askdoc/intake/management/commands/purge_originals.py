"""`askdoc purge_originals`: delete unredacted originals whose retention period has passed."""

from django.core.management.base import BaseCommand

from askdoc.intake.retention import originals_purge


class Command(BaseCommand):
    help = (
        "Delete the original (unredacted) title, body and redacted words of questions whose "
        "original_purge_after has passed. Redaction types and offsets are kept. Safe to run repeatedly."
    )

    def handle(self, *args, **options):
        purged = originals_purge()
        self.stdout.write(f"Purged the originals of {purged} question(s).")
