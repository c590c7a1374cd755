"""The dense side: a brute-force matrix of L2-normalised embeddings, kept in float16.

A brute-force scan is bound by memory bandwidth: 100k x 384 rows are 150 MB in float32 but 75 MB in
float16, and torch's float16 product over them took 4 ms against 18 ms in float32 on the 2-core EPYC
machines (docs/quality.md). Half precision changes a cosine by about 1e-3, well below the gaps that
order search results. At askdoc's sizes an approximate index would add machinery without paying for itself.
"""

from __future__ import annotations

import ctypes
import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np


class DenseIndex:
    """Rows are appended, never rewritten (the lexical index uses the same row numbers)."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.matrix = np.zeros((0, dim), dtype=np.float16)
        self.size = 0

    def add(self, vector: np.ndarray) -> int:
        if self.size >= len(self.matrix):
            capacity = max(1024, 2 * len(self.matrix))
            grown = np.zeros((capacity, self.dim), dtype=np.float16)
            grown[: self.size] = self.matrix[: self.size]
            self.matrix = grown
        self.matrix[self.size] = vector
        self.size += 1
        return self.size - 1

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with every row (rows and query are unit vectors).

        The product runs in torch (sharing the numpy memory, no copy): numpy's OpenBLAS keeps its
        threads spinning after a call, which slowed the next query encoding (torch) by ~10 ms on 2 cores.
        """
        import torch

        rows = torch.from_numpy(self.matrix[: self.size])
        vector = torch.from_numpy(np.ascontiguousarray(query, dtype=np.float16)).unsqueeze(0)
        # A (1 x dim) by (rows x dim) linear product: 10 ms against 15 ms for torch's float16 matrix-vector kernel
        # on the Xeon of 2026-12 (100k rows, one thread); the same numbers.
        return torch.nn.functional.linear(vector, rows).squeeze(0).float().numpy()

    @property
    def nbytes(self) -> int:
        return int(self.matrix.nbytes)


@functools.cache
def _openmp() -> ctypes.CDLL | None:
    """The OpenMP runtime torch runs its threads on (the libgomp of the Linux wheels), or None."""
    import torch

    try:
        return ctypes.CDLL(os.path.join(os.path.dirname(torch.__file__), "lib", "libgomp.so.1"))
    except OSError:
        return None


@contextmanager
def one_thread() -> Iterator[None]:
    """Run torch's products on the calling thread alone for the duration (other threads keep their setting).

    Scoring a search's candidates is a few memory-bound products over slices of the mapped matrix; split over
    2 cores each waits for the second thread, which on the shared 2-core machine (load average 7) cost ~2 ms
    a call: the 31 slices of a 1M search took 72 ms on 2 threads and 3.9 ms on one. torch.set_num_threads is
    process-wide (and switching it back and forth cost ~25 ms); OpenMP's omp_set_num_threads changes only the
    calling thread's team size. Without libgomp (another torch build) this does nothing.
    """
    openmp = _openmp()
    if openmp is None:
        yield
        return
    before = openmp.omp_get_max_threads()
    openmp.omp_set_num_threads(1)
    try:
        yield
    finally:
        openmp.omp_set_num_threads(before)
