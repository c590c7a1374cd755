"""A tiny deterministic encoder for fast tests: hashed bag of words, L2-normalised.

Texts that share words get a positive cosine, which is all the store's tests need; it counts its
calls so that tests can check what was (not) re-encoded.
"""

import re
import zlib

import numpy as np


class HashingEncoder:
    name = "hashing-test-encoder"
    dim = 64

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded.extend(texts)
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                vectors[i, zlib.crc32(word.encode()) % self.dim] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


class HashingEncoder384(HashingEncoder):
    """The same, at all-MiniLM-L6-v2's size: the postgres backend's HNSW indexes are built for 384 dimensions."""

    name = "hashing-test-encoder-384"
    dim = 384
