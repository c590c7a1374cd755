"""askdoc bench_decision: the decision model's latency, one pair and Similar Q&A over 100k questions re-ranked."""

import random
import time

import numpy as np
from django.core.management.base import BaseCommand, CommandError


def percentiles(timings: list[float]) -> str:
    p50, p99 = np.percentile(timings, [50, 99])
    return f"p50 {p50:.1f} ms, p99 {p99:.1f} ms ({len(timings)} timed)"


class Command(BaseCommand):
    help = (
        "Time the decision model (askdoc.retrieval.decision): similarity() of one pair of real questions, and "
        "Similar Q&A over an in-memory index of --size questions (real questions from the shared data plus "
        "variations, built as `askdoc bench_search` does): query encoding + hybrid search (k=10) + re-ranking "
        "the first RERANK_DEPTH candidates. Run with ASKDOC_TORCH_THREADS=1 on a shared machine."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=100_000, help="questions in the index (default 100000)")
        parser.add_argument("--queries", type=int, default=100, help="timed queries / pairs (default 100)")
        parser.add_argument("--bases", type=int, default=2000, help="distinct real questions encoded for the index")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, size, queries, bases, seed, **options):
        from askdoc.retrieval import decision
        from askdoc.retrieval.datasets import shared
        from askdoc.retrieval.management.commands.bench_search import base_questions
        from askdoc.retrieval.scorer import scorer_name

        if not shared("community_qa").exists():
            raise CommandError(f"shared data not found at {shared()} (set ASKDOC_SHARED_DATA)")
        if not decision.available():
            raise CommandError("the decision model is not available here (askdoc/retrieval/data/decision*)")
        self.stdout.write(f"scorer: {scorer_name()}")
        rng = random.Random(seed)
        texts = base_questions()
        rng.shuffle(texts)
        held_out, texts = texts[:queries], texts[queries:]
        self.pairs(held_out, texts)
        self.similar(held_out, texts[:bases], size=size, rng=rng)

    def pairs(self, held_out: list[str], others: list[str]) -> None:
        from askdoc.retrieval import similarity

        for q1, q2 in zip(held_out[:5], others[:5], strict=True):  # warm-up: loads both models
            similarity(q1, q2)
        timings = []
        for q1, q2 in zip(held_out, others, strict=False):
            started = time.perf_counter()
            similarity(q1, q2)
            timings.append((time.perf_counter() - started) * 1000)
        self.stdout.write(f"one pair, similarity() (both orders, understanding, embeddings): {percentiles(timings)}")

    def similar(self, held_out: list[str], bases: list[str], *, size: int, rng: random.Random) -> None:
        from askdoc.retrieval import decision
        from askdoc.retrieval.encoder import get_encoder
        from askdoc.retrieval.hybrid import CollectionIndex
        from askdoc.retrieval.management.commands.bench_search import variation
        from askdoc.retrieval.store import QUERY_WORDS

        encoder = get_encoder()
        sources = list(range(len(bases))) + [rng.randrange(len(bases)) for _ in range(size - len(bases))]
        texts = bases + [variation(bases[s], rng) for s in sources[len(bases):]]
        base_vectors = np.vstack([encoder.encode(bases[i:i + 256]) for i in range(0, len(bases), 256)])
        vectors = base_vectors[sources] + np.random.default_rng(0).normal(0, 0.02, (len(texts), encoder.dim))
        vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
        index = CollectionIndex(encoder.dim)
        for i, (text, vector) in enumerate(zip(texts, vectors, strict=True)):
            index.put(str(i), text, str(i), {}, vector)

        def similar(query: str) -> list:
            hits = index.search(encoder.encode([" ".join(query.split()[:QUERY_WORDS])])[0], query, k=10)
            return decision.rerank(query, [(h.key, texts[int(h.key)]) for h in hits])

        for query in held_out[:5]:
            similar(query)
        timings = []
        for query in held_out:
            started = time.perf_counter()
            similar(query)
            timings.append((time.perf_counter() - started) * 1000)
        self.stdout.write(f"Similar Q&A over {len(index)} questions, k=10, the first {decision.RERANK_DEPTH} "
                          f"re-ranked by the decision model, including query encoding: {percentiles(timings)}")
