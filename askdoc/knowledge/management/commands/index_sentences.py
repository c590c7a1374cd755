"""askdoc index_sentences: store the vectors of the knowledge base's answer sentences."""

from django.core.management.base import BaseCommand

from askdoc.knowledge import services


class Command(BaseCommand):
    help = (
        "Encode and store every usable sentence of the MedQuAD answers (More Info reads these vectors instead of "
        "encoding sentences for each question). `askdoc import_medquad` does this too; sentences already stored "
        "are skipped, so re-running is cheap."
    )

    def handle(self, *args, **options):
        new = services.kb_sentences_index(progress=options["verbosity"] > 0)
        self.stdout.write(f"Stored the vectors of {new} new answer sentences.")
