"""askdoc import_medlineplus URL|PATH|latest: the NLM's MedlinePlus health topics, so More Info cites them."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from askdoc.knowledge.importers.download import DownloadFailed
from askdoc.knowledge.importers.medquad import ImportFailed
from askdoc.knowledge.refresh import LATEST, medlineplus_refresh, schedule_next_refresh


class Command(BaseCommand):
    help = (
        "Import MedlinePlus health topics (English and Spanish), the National Library of Medicine's public-domain "
        "XML republished daily as mplus_topics_YYYY-MM-DD.xml: a path, a URL (downloaded with progress, resumed "
        "when interrupted, checked with --sha256), or 'latest' for the newest file listed on "
        "ASKDOC_MEDLINEPLUS_INDEX_URL. Re-running updates what changed and removes withdrawn topics; then the FAQ "
        "topics, the search collections and the More Info of questions citing a changed topic are refreshed, and "
        "the worker's weekly refresh (ASKDOC_KNOWLEDGE_REFRESH_DAYS) is scheduled."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", nargs="?", default=LATEST,
                            help="mplus_topics_YYYY-MM-DD.xml path or URL, or 'latest' (the default)")
        parser.add_argument("--sha256", default="", help="expected SHA-256 of the downloaded file")
        parser.add_argument("--no-enrich", action="store_true",
                            help="do not re-enrich the questions whose sources changed")

    def handle(self, *args, source=LATEST, sha256="", no_enrich=False, **options):
        started = time.monotonic()
        try:
            result = medlineplus_refresh(source=source, sha256=sha256, progress=options["verbosity"] > 0,
                                         enrich=not no_enrich)
        except (DownloadFailed, ImportFailed) as error:
            raise CommandError(str(error)) from None
        summary = result.imported
        for topic, reason in summary.skipped:
            self.stderr.write(f"skipped topic {topic}: {reason}")
        languages = ", ".join(f"{count} {language}" for language, count in sorted(summary.by_language.items()))
        self.stdout.write(
            f"MedlinePlus health topics from {result.source} (generated {summary.generated or 'date unknown'}): "
            f"{summary.topics} topics ({languages}); {summary.created} created, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.removed} removed, {len(summary.skipped)} skipped; "
            f"{result.enriched} questions re-enriched in {time.monotonic() - started:.1f} s."
        )
        if schedule_next_refresh():
            days = settings.ASKDOC_KNOWLEDGE_REFRESH_DAYS
            self.stdout.write(f"The worker refreshes MedlinePlus again in {days} days (ASKDOC_KNOWLEDGE_REFRESH_DAYS).")
