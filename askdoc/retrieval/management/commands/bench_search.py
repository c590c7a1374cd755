"""askdoc bench_search: similar-question search latency at 100k questions, indexing throughput, memory."""

import json
import random
import time

import numpy as np
from django.core.management.base import BaseCommand, CommandError

PREFIXES = ["", "Hi doctor, ", "Hello, ", "Please help: ", "Quick question: ", "I am worried. ", "Doctor, "]
PATIENTS = ["", "I am a {age} year old {sex}. ", "My {rel} ({age}) asks: ", "{age}{s}, "]
SUFFIXES = ["", " Thanks.", " Should I see a doctor?", " It started {n} days ago.", " Is this serious?"]


def base_questions() -> list[str]:
    """Real patient questions (community_qa) and MedQuAD's questions, as published in the shared data."""
    from askdoc.retrieval.datasets import medquad_questions, shared

    texts = []
    for name in ("questionDoctorQAs.json", "icliniqQAs.json", "ehealthforumQAs.json"):
        for item in json.loads(shared("community_qa", name).read_text(encoding="utf-8")):
            question = " ".join(str(item.get("question", "")).split())
            if question:
                texts.append(question[:600])
    texts += [question for question, _, _ in medquad_questions()]
    return list(dict.fromkeys(texts))


def variation(text: str, rng: random.Random) -> str:
    age, sex = rng.randint(1, 89), rng.choice(["female", "male"])
    relative = rng.choice(["son", "mother", "wife"])
    patient = rng.choice(PATIENTS).format(age=age, sex=sex, s=rng.choice("MF"), rel=relative)
    return rng.choice(PREFIXES) + patient + text + rng.choice(SUFFIXES).format(n=rng.randint(2, 30))


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        import os

        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class Command(BaseCommand):
    help = (
        "Benchmark the retrieval engine: index N question texts (real questions from the shared data plus "
        "variations), then time similar-question searches including query encoding (p50/p99), compare indexing "
        "throughput with the raw encoder's on a sample, and report the index's memory."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=100_000, help="questions in the index (default 100000)")
        parser.add_argument("--queries", type=int, default=300, help="timed searches (default 300)")
        parser.add_argument("--sample", type=int, default=1000, help="texts for the throughput comparison")
        parser.add_argument(
            "--encode-all", action="store_true",
            help="encode every indexed text (slow on 2 cores); by default only the distinct base questions are "
                 "encoded and each variation gets its base question's vector plus small noise",
        )
        parser.add_argument("--bases", type=int, default=5000,
                            help="distinct real questions to encode (the rest of the index are their variations)")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, size, queries, sample, encode_all, bases, seed, **options):
        from askdoc.retrieval.datasets import shared

        if not shared("community_qa").exists():
            raise CommandError(f"shared data not found at {shared()} (set ASKDOC_SHARED_DATA)")
        rng = random.Random(seed)
        texts = base_questions()
        rng.shuffle(texts)
        held_out, texts = texts[:queries], texts[queries:]
        self.stdout.write(f"{len(texts)} distinct real questions available, {len(held_out)} held out as queries, "
                          f"{min(bases, len(texts))} encoded for the index")
        self.throughput(texts[:sample])
        self.latency(texts[:bases], held_out, size=size, encode_all=encode_all, rng=rng)

    def throughput(self, texts: list[str]) -> None:
        from askdoc.retrieval import Document, upsert
        from askdoc.retrieval.encoder import get_encoder
        from askdoc.retrieval.models import IndexedDocument, IndexState

        encoder = get_encoder()
        encoder.encode(texts[:16])  # load the model outside the timings
        started = time.perf_counter()
        encoder.encode(texts)
        raw = len(texts) / (time.perf_counter() - started)
        collection = "bench"
        IndexedDocument.objects.filter(collection=collection).delete()
        try:
            started = time.perf_counter()
            upsert(collection, (Document(f"b{i}", text, {"department": "x"}) for i, text in enumerate(texts)))
            indexed = len(texts) / (time.perf_counter() - started)
        finally:
            IndexedDocument.objects.filter(collection=collection).delete()
            IndexState.objects.filter(collection=collection).delete()
        self.stdout.write(
            f"indexing throughput on {len(texts)} texts: raw encoder {raw:.0f} texts/s, "
            f"upsert (encode + database) {indexed:.0f} texts/s = {100 * indexed / raw:.1f}% of raw"
        )

    def latency(self, bases, held_out, *, size, encode_all, rng) -> None:
        from tqdm import tqdm

        from askdoc.retrieval.encoder import get_encoder
        from askdoc.retrieval.hybrid import CollectionIndex
        from askdoc.retrieval.store import QUERY_WORDS

        encoder = get_encoder()
        unique = bases[: min(size, len(bases))]
        sources = list(range(len(unique))) + [rng.randrange(len(unique)) for _ in range(size - len(unique))]
        texts = unique + [variation(unique[s], rng) for s in sources[len(unique):]]
        if encode_all:
            vectors = np.vstack([encoder.encode(texts[i:i + 512]) for i in tqdm(range(0, len(texts), 512))])
        else:
            base_vectors = np.vstack([encoder.encode(unique[i:i + 512]) for i in tqdm(range(0, len(unique), 512),
                                                                                      desc="encoding bases")])
            noise = np.random.default_rng(0).normal(0, 0.02, (len(texts), encoder.dim)).astype(np.float32)
            vectors = base_vectors[sources] + noise
            vectors[: len(unique)] = base_vectors
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        before = rss_bytes()
        started = time.perf_counter()
        index = CollectionIndex(encoder.dim)
        departments = ["neurology", "cardiology", "dermatology", "pediatrics", "psychiatry"]
        for i, (text, vector) in enumerate(tqdm(zip(texts, vectors, strict=True), total=len(texts), desc="indexing")):
            index.put(str(i), text, str(i), {"department": departments[i % 5]}, vector)
        build = time.perf_counter() - started
        memory = rss_bytes() - before
        self.stdout.write(
            f"in-memory index of {len(index)} questions built from stored vectors in {build:.1f} s; "
            f"dense matrix {index.dense.nbytes / 2**20:.0f} MB (capacity), process memory +{memory / 2**20:.0f} MB"
        )
        def similar(query: str) -> None:  # what askdoc.retrieval.search does once the collection is loaded
            index.search(encoder.encode([" ".join(query.split()[:QUERY_WORDS])])[0], query, k=10)

        for query in held_out[:10]:  # warm-up
            similar(query)
        timings = []
        for query in held_out:
            started = time.perf_counter()
            similar(query)
            timings.append((time.perf_counter() - started) * 1000)
        p50, p99 = np.percentile(timings, [50, 99])
        self.stdout.write(
            f"similar-question search over {len(index)} questions, {len(timings)} queries, k=10, "
            f"including query encoding: p50 {p50:.1f} ms, p99 {p99:.1f} ms"
        )
