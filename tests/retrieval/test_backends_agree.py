"""Both backends rank the same documents the same way with the same scores (the blend is one formula)."""

import random

from askdoc.retrieval import Document, delete, search, upsert
from askdoc.retrieval.embedded import EmbeddedBackend
from askdoc.retrieval.postgres import PostgresBackend
from askdoc.retrieval.store import use_backend
from tests.retrieval.base import RetrievalTestCase, on_postgres
from tests.retrieval.fakes import HashingEncoder384

WORDS = ("headache nausea migraine tremor hand shakes heart races chest pain stairs rash itchy elbows "
         "fever cough child sleep dizzy blurred vision ankle swollen knee back stomach cramps 手腕 抽筋 頭痛").split()


class BackendsAgreeTests(RetrievalTestCase):
    encoder_class = HashingEncoder384

    def test_the_same_hits_and_scores_on_both_backends(self):
        rng = random.Random(3)
        docs = [Document(f"d{i}", " ".join(rng.choices(WORDS, k=rng.randint(3, 12))),
                         {"department": rng.choice(["neurology", "cardiology"])}) for i in range(300)]
        queries = [" ".join(rng.choices(WORDS, k=rng.randint(1, 4))) for _ in range(20)]
        # Chinese queries are ranked by the lexical half alone (askdoc.retrieval.hybrid.fusion_weights).
        queries += ["手腕 抽筋", "頭痛", "抽筋 頭痛 手腕"]
        results = {}
        for backend in (EmbeddedBackend(), PostgresBackend(using="pgvector")):
            with use_backend(backend):
                upsert("questions", docs)
                delete("questions", ["d1", "d2"])
                upsert("questions", [Document("d3", "chest pain heart races", {"department": "cardiology"})])
                results[backend.name] = [
                    search("questions", q, k=10, filters={"department": "neurology"} if i % 3 == 0 else None,
                           exclude=["d4"] if i % 2 else ())
                    for i, q in enumerate(queries)
                ]
        for query, embedded, postgres in zip(queries, results["embedded"], results["postgres"], strict=True):
            with self.subTest(query=query):
                self.assertEqual(len(embedded), len(postgres))
                # Half-precision vectors move a cosine by ~1e-3, which can swap two near-equal hits.
                in_both = {h.key: h for h in postgres}
                for a in embedded:
                    if a.key in in_both:
                        self.assertAlmostEqual(a.score, in_both[a.key].score, delta=2e-3)
                        self.assertAlmostEqual(a.lexical, in_both[a.key].lexical, delta=1e-4)
                self.assertEqual({h.key for h in embedded if h.score > postgres[-1].score + 2e-3},
                                 {h.key for h in postgres if h.score > postgres[-1].score + 2e-3})

    def test_the_same_hits_for_chinese_queries_when_many_documents_hold_their_terms(self):
        """A Chinese query is ranked by BM25 alone: with more documents holding its terms than the postgres
        backend fetches as lexical candidates, it must fetch the best-matching ones, not the nearest vectors
        (the test encoder gives Chinese text no vector at all)."""
        rng = random.Random(5)
        phrases = "頭痛 噁心 發燒 咳嗽 喉嚨痛 肚子痛 腰痛 膝蓋痛 手腕痛 胸口痛 失眠 頭暈".split()
        docs = [Document(f"z{i}", "，".join(rng.choices(phrases, k=rng.randint(2, 6))), {}) for i in range(400)]
        queries = ["頭痛 噁心", "膝蓋痛 腰痛", "喉嚨痛 發燒 咳嗽"]
        results = {}
        for backend in (EmbeddedBackend(), PostgresBackend(using="pgvector")):
            with use_backend(backend):
                upsert("questions", docs)
                results[backend.name] = [search("questions", q, k=10) for q in queries]
        for query, embedded, postgres in zip(queries, results["embedded"], results["postgres"], strict=True):
            with self.subTest(query=query):
                self.assertEqual(len(embedded), 10)
                self.assertEqual([round(h.score, 4) for h in embedded], [round(h.score, 4) for h in postgres])
                self.assertTrue(all(abs(h.score - h.lexical) < 1e-6 for h in embedded + postgres))


BackendsAgreeTests = on_postgres(BackendsAgreeTests)  # needs the pgvector database either way
