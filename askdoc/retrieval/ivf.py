"""An inverted-file (IVF) partition of a snapshot's vectors: the embedded backend's approximate dense side.

Spherical k-means centroids over the snapshot's unit vectors, each row assigned to its nearest centroid
(its list). The snapshot stores its rows in list order (askdoc.retrieval.snapshot renumbers every file by
`train`'s order), so list i is the rows `offsets[i]:offsets[i + 1]`: one contiguous slice of the mapped
matrix, of the postings' row numbers, of the lengths and the filter codes. A search scores exactly only the
rows of the lists nearest to the query plus the rows holding its rarer terms (askdoc.retrieval.embedded).
"""

from __future__ import annotations

import numpy as np

from askdoc.retrieval.dense import one_thread

# Rows per list: about √rows lists, so at 1M rows ~1,000 lists of ~1,000 rows (the lists probed per search are
# the setting ASKDOC_SEARCH_IVF_PROBES).
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
    """(centroids float16 (lists, dim), offsets int64 (lists + 1), order int64) for the rows of `dense`.

    `order` lists the rows list by list (each list in row order): the order the snapshot stores them in.
    """
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
    order = np.argsort(assigned, kind="stable")
    offsets = np.zeros(lists + 1, dtype=np.int64)
    np.cumsum(np.bincount(assigned, minlength=lists), out=offsets[1:])
    return centroids.astype(np.float16), offsets, order


def probe(centroids: np.ndarray, vector: np.ndarray, probes: int) -> np.ndarray:
    """The (sorted) ids of the `probes` lists whose centroids are nearest to `vector`.

    In torch on one thread like the candidates' cosines (askdoc.retrieval.dense): a numpy product would wake
    OpenBLAS's threads, which keep spinning afterwards and slow the next query encoding.
    """
    import torch

    query = torch.from_numpy(np.ascontiguousarray(vector, dtype=centroids.dtype)).unsqueeze(0)
    with one_thread():
        scores = torch.nn.functional.linear(query, torch.from_numpy(centroids)).squeeze(0).float().numpy()
    if probes >= len(scores):
        return np.arange(len(scores))
    return np.sort(np.argpartition(-scores, probes - 1)[:probes])


def spans(offsets: np.ndarray, lists: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the rows of `lists` (sorted ids), neighbouring lists merged into one span."""
    starts, ends = np.asarray(offsets[lists]), np.asarray(offsets[lists + 1])
    if not len(lists):
        return starts, ends
    keep = np.ones(len(lists), dtype=bool)
    keep[1:] = starts[1:] != ends[:-1]  # a list that starts where the previous one ends continues its span
    return starts[keep], ends[np.append(keep[1:], True)]
