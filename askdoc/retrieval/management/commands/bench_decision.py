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
        "the first RERANK_DEPTH candidates in one batch. Prints its settings, the load average and each stage's p50. "
        "Every re-ranked candidate is read for the first time (its understanding not cached): the slow case. "
        "Run with ASKDOC_TORCH_THREADS=1 on a shared machine."
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
        rng = random.Random(seed)
        texts = base_questions()
        decision.scores([(texts[0], texts[1])])  # loads the model and sets torch's threads
        self.settings(size=size, queries=queries)
        self.stdout.write(f"scorer: {scorer_name()}")
        rng.shuffle(texts)
        held_out, texts = texts[:queries], texts[queries:]
        self.pairs(held_out, texts)
        self.similar(held_out, texts[:bases], size=size, rng=rng)

    def settings(self, *, size: int, queries: int) -> None:
        import os

        import torch

        from askdoc.retrieval import cross_encoder, decision

        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
        self.stdout.write(
            f"settings: torch threads {torch.get_num_threads()}, cross-encoder in {decision.inference_dtype()}, "
            f"pair: one batch (both orders, + main questions of a long message), at most "
            f"{cross_encoder.MAX_LENGTH} tokens, + both texts' sentence embeddings where the pair's shape is not 0 "
            f"(first {decision.EMBEDDED_WORDS} words); re-ranking: the first {decision.RERANK_DEPTH} of k=10 in one "
            f"batch, one order, main questions, at most {decision.RERANK_MAX_LENGTH} tokens; {size} questions indexed, "
            f"{queries} timed queries; load average {load}")

    def pairs(self, held_out: list[str], others: list[str]) -> None:
        from askdoc.retrieval import decision, similarity

        for q1, q2 in zip(held_out[:5], others[:5], strict=True):  # warm-up: loads both models
            similarity(q1, q2)
        timings = []
        for q1, q2 in zip(held_out, others, strict=False):
            decision.understood.cache_clear()
            decision.forget_embeddings()
            started = time.perf_counter()
            similarity(q1, q2)
            timings.append((time.perf_counter() - started) * 1000)
        shaped = sum(decision.shape(q1, q2) > 0 for q1, q2 in zip(held_out, others, strict=False))
        self.stdout.write(f"one pair, similarity() (cross-encoder both orders in one batch + understanding of both "
                          f"texts, first read; {shaped} of {len(timings)} pairs also embedded for the cosine): "
                          f"{percentiles(timings)}")

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

        stages: dict[str, list[float]] = {"query encoding": [], "hybrid search": [], "re-ranking": []}

        def similar(query: str) -> list:
            started = time.perf_counter()
            vector = encoder.encode([" ".join(query.split()[:QUERY_WORDS])])[0]
            encoded = time.perf_counter()
            hits = index.search(vector, query, k=10)
            searched = time.perf_counter()
            ranked = decision.rerank(query, [(h.key, texts[int(h.key)]) for h in hits])
            for name, since, until in (("query encoding", started, encoded), ("hybrid search", encoded, searched),
                                       ("re-ranking", searched, time.perf_counter())):
                stages[name].append((until - since) * 1000)
            return ranked

        for query in bases[:5]:  # warm-up
            similar(query)
        for values in stages.values():
            values.clear()
        timings = []
        for query in held_out:
            decision.understood.cache_clear()  # candidates read for the first time: the slow case
            decision.forget_embeddings()
            started = time.perf_counter()
            similar(query)
            timings.append((time.perf_counter() - started) * 1000)
        self.stdout.write(f"Similar Q&A over {len(index)} questions, k=10, the first {decision.RERANK_DEPTH} "
                          f"re-ranked by the decision model, including query encoding: {percentiles(timings)}")
        self.stdout.write("  stages, p50: " + ", ".join(f"{name} {np.percentile(values, 50):.1f} ms"
                                                        for name, values in stages.items()))
