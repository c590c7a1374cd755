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


BackendsAgreeTests = on_postgres(BackendsAgreeTests)  # needs the pgvector database either way
