"""askdoc knowledge_status: what the knowledge base holds, and the one command that loads more."""

from django.core.management.base import BaseCommand

from askdoc.knowledge.selectors import knowledge_summary

LOAD_MORE = ".venv/bin/askdoc import_medlineplus latest"


class Command(BaseCommand):
    help = "Print what knowledge is loaded (documents and answered pairs per source) and how to load more."

    def handle(self, *args, **options):
        summary = knowledge_summary()
        if not summary:
            self.stdout.write("Knowledge base: empty. More Info stays off every page until knowledge is loaded.")
        else:
            self.stdout.write("Knowledge base (More Info cites these):")
            for row in summary:
                self.stdout.write(f"  {row['name']}: {row['documents']} documents, {row['pairs']} answered pairs")
        if not summary or all(row["demo"] for row in summary):
            self.stdout.write(
                "No official source is loaded yet. Load the MedlinePlus health topics "
                f"(public domain, about 1,000 English and Spanish pages, refreshed weekly by the worker): {LOAD_MORE}"
            )
        else:
            self.stdout.write(f"Load the newest MedlinePlus health topics: {LOAD_MORE}")
