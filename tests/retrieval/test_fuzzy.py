from askdoc.retrieval import search, suggest
from tests.retrieval.base import RetrievalTestCase, on_postgres


class MisspellingTests(RetrievalTestCase):
    def test_it_corrects_unknown_words_to_indexed_ones(self):
        self.index_questions()
        hits = search("questions", "throbing headeache nausaea", k=1, fuzzy=True)
        self.assertEqual(hits[0].key, "migraine")
        self.assertGreater(hits[0].lexical, 0)

    def test_it_suggests_a_corrected_query_only_when_needed(self):
        self.index_questions()
        self.assertEqual(suggest("questions", "chest pian"), "chest pain")
        self.assertIsNone(suggest("questions", "chest pain"))


MisspellingTestsOnPostgres = on_postgres(MisspellingTests)
