"""An inverted-file (IVF) partition of a snapshot's vectors: the embedded backend's approximate dense side.

Spherical k-means centroids over the snapshot's unit vectors, and the snapshot's rows grouped by their
nearest centroid (a permutation: `rows[offsets[i]:offsets[i + 1]]` are list i's rows; the dense matrix is
not reordered, so row numbers stay those of the postings, keys and fields). A search scores exactly only
the rows of the lists nearest to the query, plus the rows holding its rarer terms (see
askdoc.retrieval.embedded). Stored beside the snapshot's other files and mapped by every process.
"""

from __future__ import annotations

import numpy as np

# Rows per list (about √rows lists) and lists probed: at 1M rows ~1,000 lists of ~1,000 rows, 32 probed.
PROBES = 32
TRAIN_PER_LIST = 40
ITERATIONS = 8
CHUNK = 65_536


def lists_for(count: int) -> int:
    return max(1, int(round(count ** 0.5)))


def _nearest(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    out = np.empty(len(vectors), dtype=np.int32)
    for start in range(0, len(vectors), CHUNK):
        block = np.asarray(vectors[start:start + CHUNK], dtype=np.float32)
        out[start:start + len(block)] = np.argmax(block @ centroids.T, axis=1)
    return out


def train(dense: np.ndarray, *, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(centroids float16 (lists, dim), offsets int64 (lists + 1), rows int32) for the rows of `dense`."""
    count = len(dense)
    lists = lists_for(count)
    rng = np.random.default_rng(seed)
    sample = np.asarray(dense[np.sort(rng.choice(count, size=min(count, lists * TRAIN_PER_LIST), replace=False))],
                        dtype=np.float32)
    centroids = sample[rng.choice(len(sample), size=lists, replace=False)]
    for _ in range(ITERATIONS):
        assigned = _nearest(sample, centroids)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assigned, sample)
        empty = ~sums.any(axis=1)  # a list that lost all its rows keeps its old centroid
        sums[empty] = centroids[empty]
        centroids = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
    assigned = _nearest(dense, centroids)
    rows = np.argsort(assigned, kind="stable").astype(np.int32)
    offsets = np.zeros(lists + 1, dtype=np.int64)
    np.cumsum(np.bincount(assigned, minlength=lists), out=offsets[1:])
    return centroids.astype(np.float16), offsets, rows


def probe(centroids: np.ndarray, offsets: np.ndarray, rows: np.ndarray, vector: np.ndarray,
          probes: int = PROBES) -> np.ndarray:
    """The rows of the `probes` lists whose centroids are nearest to `vector`."""
    scores = np.asarray(centroids, dtype=np.float32) @ np.asarray(vector, dtype=np.float32)
    nearest = np.argpartition(-scores, min(probes, len(scores)) - 1)[:probes]
    return np.concatenate([rows[offsets[i]:offsets[i + 1]] for i in nearest])
