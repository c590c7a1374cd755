import io
import sys
import types
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError

from askdoc.retrieval import Document, search, upsert
from tests.retrieval.base import RetrievalTestCase, on_postgres


class ReindexCommandTests(RetrievalTestCase):
    def test_it_rebuilds_a_collection_from_the_knowledge_collections(self):
        upsert("topics", [Document("gone", "a topic that no longer exists", {})])
        fake = types.ModuleType("askdoc.knowledge.collections")
        fake.COLLECTIONS = {"topics": lambda: [Document("migraine", "Migraine headaches", {"department": "neurology"})]}
        out = io.StringIO()
        with mock.patch.dict(sys.modules, {"askdoc.knowledge.collections": fake}):
            call_command("reindex", collection="topics", stdout=out, verbosity=0)
        self.assertIn("topics: 1 documents indexed", out.getvalue())
        self.assertEqual([hit.key for hit in search("topics", "migraine headache topic")], ["migraine"])

    def test_it_says_clearly_when_a_collection_has_no_source(self):
        fake = types.ModuleType("askdoc.knowledge.collections")
        fake.COLLECTIONS = {}
        with mock.patch.dict(sys.modules, {"askdoc.knowledge.collections": fake}):
            with self.assertRaisesMessage(CommandError, "defines no documents for 'kb'"):
                call_command("reindex", collection="kb", verbosity=0)


ReindexCommandTestsOnPostgres = on_postgres(ReindexCommandTests)
