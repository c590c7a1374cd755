"""askdoc bench_encoder: the query encoder's latency and its equivalence with the torch float32 model."""

import os
import time

import numpy as np
from django.core.management.base import BaseCommand


def reference_vectors(texts: list[str]) -> np.ndarray:
    """all-MiniLM-L6-v2 as sentence-transformers computes it: torch float32, mean pooling, L2-normalised."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    from askdoc.retrieval.encoder import _tokenizer, model_dir

    limit = _tokenizer().truncation["max_length"]
    tokenizer, model = AutoTokenizer.from_pretrained(model_dir()), AutoModel.from_pretrained(model_dir()).eval()
    rows = []
    with torch.inference_mode():
        for start in range(0, len(texts), 32):
            batch = tokenizer(texts[start:start + 32], padding=True, truncation=True, max_length=limit,
                              return_tensors="pt")
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            rows.append(torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy())
    return np.vstack(rows)


def percentiles(values: list[float]) -> str:
    p50, p99 = np.percentile(values, [50, 99])
    return f"p50 {p50:.1f} ms, p99 {p99:.1f} ms"


class Command(BaseCommand):
    help = (
        "Time the encoding of one query (wall clock and CPU time, the way askdoc.retrieval.search encodes it) on "
        "held-out real questions, and compare the encoder's vectors with the torch float32 model's (cosine)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--queries", type=int, default=300, help="timed single-query encodings (default 300)")
        parser.add_argument("--compare", type=int, default=3000,
                            help="real questions whose vectors are compared with torch float32 (default 3000)")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, queries, compare, seed, **options):
        import random

        from askdoc.retrieval.encoder import get_encoder
        from askdoc.retrieval.management.commands.bench_search import base_questions
        from askdoc.retrieval.store import QUERY_WORDS

        texts = base_questions()
        random.Random(seed).shuffle(texts)
        texts = [" ".join(text.split()[:QUERY_WORDS]) for text in texts]
        encoder = get_encoder()
        encoder.encode(texts[:8])  # load outside the timings
        wall, cpu = [], []
        for text in texts[:queries]:
            started, started_cpu = time.perf_counter(), time.process_time()
            encoder.encode([text])
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        threads = os.environ.get("ASKDOC_TORCH_THREADS", "unset")
        self.stdout.write(f"encoder {type(encoder).__name__} ({encoder.name}); ASKDOC_TORCH_THREADS={threads}; "
                          f"load average {load}")
        self.stdout.write(f"one query (first {QUERY_WORDS} words of {queries} real questions): "
                          f"wall {percentiles(wall)}; CPU time {percentiles(cpu)}")
        if compare:
            sample = texts[:compare]
            started = time.perf_counter()
            ours = encoder.encode(sample)
            rate = len(sample) / (time.perf_counter() - started)
            cosines = np.sum(ours * reference_vectors(sample), axis=1)
            self.stdout.write(f"batch encoding of {len(sample)} questions: {rate:.0f} texts/s")
            self.stdout.write(f"cosine to torch float32 over {len(sample)} real questions: mean {cosines.mean():.6f}, "
                              f"min {cosines.min():.6f}, share >= 0.99: {np.mean(cosines >= 0.99):.4f}")
