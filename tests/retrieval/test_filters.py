from askdoc.retrieval import search
from tests.retrieval.base import RetrievalTestCase, on_postgres


class FilterTests(RetrievalTestCase):
    def test_it_keeps_only_documents_whose_meta_matches(self):
        self.index_questions()
        hits = search("questions", "heart pain headache shakes", k=10, filters={"department": "neurology"})
        self.assertEqual({hit.key for hit in hits}, {"migraine", "tremor"})

    def test_it_accepts_a_list_of_allowed_values(self):
        self.index_questions()
        hits = search("questions", "heart headache", k=10, filters={"department": ["cardiology", "neurology"]})
        self.assertIn("migraine", [hit.key for hit in hits])
        self.assertIn("palpitations", [hit.key for hit in hits])

    def test_it_returns_nothing_when_no_document_matches_the_filter(self):
        self.index_questions()
        self.assertEqual(search("questions", "heart", filters={"department": "dentistry"}), [])


FilterTestsOnPostgres = on_postgres(FilterTests)
