"""askdoc reindex [--collection NAME]: rebuild search collections from the knowledge base and questions."""

from django.core.management.base import BaseCommand, CommandError

from askdoc.retrieval import COLLECTIONS, rebuild
from askdoc.retrieval.store import get_backend


class Command(BaseCommand):
    help = (
        "Rebuild the search collections (kb, questions, topics) from askdoc.knowledge.collections. "
        "Texts already indexed keep their vectors; documents no longer present are removed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--collection", choices=COLLECTIONS, help="rebuild only this collection")

    def handle(self, *args, collection=None, **options):
        try:
            from askdoc.knowledge.collections import COLLECTIONS as SOURCES
        except ImportError as error:
            raise CommandError(
                "askdoc.knowledge.collections is not available yet (it defines what each collection holds): "
                f"{error}"
            ) from None
        names = [collection] if collection else [name for name in COLLECTIONS if name in SOURCES]
        backend = get_backend()
        if backend.name == "postgres":
            # Idempotent: a deployment that switched ASKDOC_SEARCH_BACKEND on after migrating gets its schema here.
            from askdoc.retrieval.postgres import ensure_schema

            ensure_schema(backend.using)
        for name in names:
            if name not in SOURCES:
                raise CommandError(f"askdoc.knowledge.collections defines no documents for {name!r}")
            count = rebuild(name, SOURCES[name](), progress=options["verbosity"] > 0)
            self.stdout.write(f"{name}: {count} documents indexed")
