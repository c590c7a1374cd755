from askdoc.retrieval import clear_cache, search
from tests.retrieval.base import RetrievalTestCase, on_postgres


class PersistenceTests(RetrievalTestCase):
    def test_it_searches_after_a_restart_without_re_encoding_documents(self):
        self.index_questions()
        clear_cache()  # what a restart does to the in-process indexes
        self.encoder.encoded.clear()
        hits = search("questions", "hand shakes cup", k=2)
        self.assertEqual(hits[0].key, "tremor")
        self.assertEqual(self.encoder.encoded, ["hand shakes cup"])  # only the query


PersistenceTestsOnPostgres = on_postgres(PersistenceTests)
