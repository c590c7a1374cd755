from django.test import override_settings

from askdoc.retrieval import Document, search, upsert
from askdoc.retrieval.store import get_backend
from tests.retrieval.base import RetrievalTestCase, on_postgres


class PublishedThenSearchedTests(RetrievalTestCase):
    def test_it_finds_a_question_published_after_the_collection_was_loaded(self):
        self.index_questions()
        self.assertNotIn("new", [hit.key for hit in search("questions", "ringing in my ears", k=10)])
        # The worker indexes the published question: it writes to the database only.
        upsert("questions", [Document("new", "Constant ringing in my ears after a concert", {"department": "ent"})])
        self.assertEqual(search("questions", "ringing in my ears", k=1)[0].key, "new")


PublishedThenSearchedTestsOnPostgres = on_postgres(PublishedThenSearchedTests)


class EmbeddedCatchUpTests(RetrievalTestCase):
    @override_settings(TESTING=False, ASKDOC_INDEX_REFRESH_SECONDS=0)
    def test_it_catches_up_incrementally_without_reloading(self):
        self.index_questions()
        loaded = get_backend().collection_index("questions")
        upsert("questions", [Document("new", "Constant ringing in my ears after a concert", {"department": "ent"})])
        self.assertIs(get_backend().collection_index("questions"), loaded)
        self.assertEqual(search("questions", "ringing ears", k=1)[0].key, "new")
