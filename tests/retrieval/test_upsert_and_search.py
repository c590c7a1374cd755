from askdoc.retrieval import Document, delete, search, upsert
from tests.retrieval.base import RetrievalTestCase, on_postgres


class UpsertAndSearchTests(RetrievalTestCase):
    def test_it_finds_an_indexed_question_first(self):
        self.index_questions()
        hits = search("questions", "heart skips beats", k=3)
        self.assertEqual(hits[0].key, "palpitations")
        self.assertEqual(hits[0].meta, {"department": "cardiology"})
        self.assertTrue(all(0 < hit.score <= 1 for hit in hits))
        self.assertEqual([h.score for h in hits], sorted((h.score for h in hits), reverse=True))

    def test_it_returns_nothing_for_an_empty_collection_or_a_blank_query(self):
        self.assertEqual(search("kb", "headache"), [])
        self.assertEqual(search("never-built", "headache"), [])
        self.index_questions()
        self.assertEqual(search("questions", "   "), [])

    def test_it_replaces_a_document_with_the_same_key(self):
        self.index_questions()
        upsert("questions", [Document("tremor", "Itchy red rash on both elbows", {"department": "dermatology"})])
        hits = search("questions", "rash elbows", k=10)
        self.assertEqual(hits[0].key, "tremor")
        self.assertEqual(hits[0].meta["department"], "dermatology")
        self.assertEqual(sum(hit.key == "tremor" for hit in hits), 1)
        self.assertNotIn("tremor", [h.key for h in search("questions", "hand shakes cup", k=10) if h.lexical > 0])

    def test_it_does_not_re_encode_an_unchanged_text(self):
        self.index_questions()
        self.encoder.encoded.clear()
        same_text = "My hand shakes when I hold a cup, is it a tremor?"
        upsert("questions", [Document("tremor", same_text, {"department": "x"})])
        self.assertEqual(self.encoder.encoded, [])
        self.assertEqual(search("questions", "hand shakes", k=1)[0].meta, {"department": "x"})

    def test_it_forgets_deleted_documents(self):
        self.index_questions()
        delete("questions", ["palpitations", "no-such-key"])
        self.assertNotIn("palpitations", [hit.key for hit in search("questions", "heart skips beats", k=10)])

    def test_it_brings_a_deleted_document_back_without_re_encoding(self):
        self.index_questions()
        delete("questions", ["chest"])
        self.encoder.encoded.clear()
        self.index_questions()
        self.assertEqual(self.encoder.encoded, [])
        self.assertEqual(search("questions", "chest pain stairs", k=1)[0].key, "chest")

    def test_it_excludes_keys_on_request(self):
        self.index_questions()
        hits = search("questions", "heart skips beats", k=10, exclude=["palpitations"])
        self.assertNotIn("palpitations", [hit.key for hit in hits])


UpsertAndSearchTestsOnPostgres = on_postgres(UpsertAndSearchTests)
