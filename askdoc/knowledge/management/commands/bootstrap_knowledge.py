"""askdoc bootstrap_knowledge: queue the knowledge engine's first-run work for the background worker."""

from django.core.management.base import BaseCommand

from askdoc.knowledge.bootstrap import bootstrap, default_medquad_path


class Command(BaseCommand):
    help = (
        "Queue the knowledge engine's first-run work for the worker (`askdoc db_worker`): import MedQuAD when "
        "the knowledge base is empty and the archive is found (default: ASKDOC_SHARED_DATA/medquad/MedQuAD.tar.gz), "
        "build the search indexes, and enrich every published question that has no More Info yet. "
        "Use --now to do it in this process instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--medquad", help="MedQuAD folder, .tar.gz or .zip (default: the shared data set)")
        parser.add_argument("--now", action="store_true", help="run here and wait, instead of queueing")

    def handle(self, *args, medquad=None, now=False, **options):
        path = medquad or str(default_medquad_path())
        if now:
            result = bootstrap.call(path)
            self.stdout.write(f"Imported {result['imported_pairs']} pairs, enriched "
                              f"{result['enriched_questions']} questions.")
            return
        bootstrap.enqueue(path)
        self.stdout.write("Queued for the background worker: knowledge base import (when empty), indexes, "
                          "More Info / Similar Q&A / Related FAQ for published questions.")
