"""The embedded backend (the default): the collections searched in-process, one copy per host.

Writes go to the database (askdoc.retrieval.models). Each collection is searched as a snapshot that every
process of the host memory-maps (askdoc.retrieval.snapshot) plus the rows written after it, which each
process keeps in memory and catches up at most every refresh_seconds() by reading the rows written since
(their `seq` is newer). So the worker can index a published question and the web process finds it within
about a second, on SQLite and PostgreSQL alike, a restart loads vectors instead of re-encoding texts, and
an additional process costs little memory whatever the collection's size.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import nullcontext

import numpy as np
from django.conf import settings
from django.db import connections

from askdoc.retrieval import ivf, lexical, snapshot
from askdoc.retrieval.dense import one_thread
from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.hybrid import CollectionIndex, Hit, fuse, fusion_weights
from askdoc.retrieval.lexical import K1, RARE_MIN, RARE_SHARE, B, tokenize
from askdoc.retrieval.models import IndexedDocument, IndexState

logger = logging.getLogger(__name__)


def refresh_seconds() -> float:
    # Tests roll back between cases, so they always look at the database.
    return 0.0 if settings.TESTING else float(getattr(settings, "ASKDOC_INDEX_REFRESH_SECONDS", 1.0))


class EmbeddedBackend:
    name = "embedded"

    def __init__(self, using: str = "default") -> None:
        self.using = using
        self._indexes: dict[str, SharedCollection] = {}
        # One lock per process: numpy does the heavy part of a search, and writes to an index must not
        # interleave with a search of it.
        self._lock = threading.RLock()
        self._building: set[str] = set()

    def clear_cache(self) -> None:
        with self._lock:
            self._indexes.clear()

    # --- writes: the rows are in the database already; this process looks again on its next search ------

    def before_write(self, collection: str, keys: list[str]) -> None:
        pass

    def after_write(self, collection: str, docs: list, vectors: dict[str, np.ndarray]) -> None:
        self._touched(collection)

    def after_delete(self, collection: str, keys: list[str]) -> None:
        self._touched(collection)

    def _touched(self, collection: str) -> None:
        index = self._indexes.get(collection)
        if index is not None:
            index.checked = 0.0

    # --- reads ----------------------------------------------------------------------------------

    def _state(self, collection: str) -> tuple[int, str]:
        row = IndexState.objects.using(self.using).filter(collection=collection).values_list("seq", "token").first()
        return row if row else (0, "")

    def _rows(self, collection: str, *, after: int | None = None) -> Iterator[tuple]:
        query = IndexedDocument.objects.using(self.using).filter(collection=collection)
        query = query.filter(deleted=False) if after is None else query.filter(seq__gt=after).order_by("seq")
        fields = ("key", "text", "text_hash", "meta", "vector", "seq", "deleted")
        return query.values_list(*fields).iterator(chunk_size=2000)

    def _open(self, collection: str, seq: int, token: str) -> SharedCollection:
        """The current snapshot (built first if there is none that fits) plus the rows written after it."""
        version = snapshot.current_version(collection)
        shot = snapshot.Snapshot(collection, version) if version else None
        if shot is None or not self._usable(shot, seq, token):
            shot = self._build(collection)
        shared = SharedCollection(shot, get_encoder().dim)
        shared.apply(self._rows(collection, after=shot.seq))
        return shared

    @staticmethod
    def _usable(shot: snapshot.Snapshot, seq: int, token: str) -> bool:
        if shot.dim != get_encoder().dim or shot.layout != snapshot.LAYOUT:
            return False
        if settings.TESTING:  # tests roll the database back: only the very same state will do
            return (shot.seq, shot.token) == (seq, token)
        return shot.seq <= seq

    def _build(self, collection: str) -> snapshot.Snapshot:
        with snapshot.build_lock(collection):
            seq, token = self._state(collection)
            version = snapshot.current_version(collection)
            if version:  # another process may have built it while this one waited for the lock
                shot = snapshot.Snapshot(collection, version)
                if self._usable(shot, seq, token) and shot.seq == seq:
                    return shot
            # Rows written after `seq` are left to the delta: a row changed since has a newer seq.
            rows = IndexedDocument.objects.using(self.using).filter(collection=collection, deleted=False,
                                                                     seq__lte=seq).order_by("pk")
            count = rows.count()
            pieces = rows.values_list("key", "text", "meta", "vector").iterator(chunk_size=2000)
            version = snapshot.build(collection, pieces, count=count, dim=get_encoder().dim, seq=seq, token=token)
            return snapshot.Snapshot(collection, version)

    def _rebuild_soon(self, collection: str) -> None:
        """Fold the delta into a new snapshot: now in tests, else in a background thread (one per collection)."""
        if settings.TESTING:
            self._build(collection)
            return
        if collection in self._building:
            return
        self._building.add(collection)

        def run() -> None:
            try:
                self._build(collection)
            except Exception:  # the search keeps working on the old snapshot; say why it was not replaced
                logger.exception("rebuilding the %s search snapshot failed", collection)
            finally:
                self._building.discard(collection)
                connections.close_all()

        threading.Thread(target=run, name=f"askdoc-snapshot-{collection}", daemon=True).start()

    def collection_index(self, collection: str) -> SharedCollection:
        """The collection, caught up with the database if it was last checked over refresh_seconds() ago."""
        with self._lock:
            index = self._indexes.get(collection)
            now = time.monotonic()
            if index is not None and now - index.checked < refresh_seconds():
                return index
            seq, token = self._state(collection)
            if (index is None or index.version != snapshot.current_version(collection) or seq < index.seq
                    or (settings.TESTING and token != index.token)):
                index = self._indexes[collection] = self._open(collection, seq, token)
            elif seq > index.seq:
                index.apply(self._rows(collection, after=index.seq))
            index.seq, index.token = max(seq, index.seq), token
            if len(index.delta.keys) > max(snapshot.REBUILD_MIN, snapshot.REBUILD_SHARE * index.snapshot.count):
                self._rebuild_soon(collection)
            index.checked = now
            return index

    def size(self, collection: str) -> int:
        return len(self.collection_index(collection))

    def search(self, collection: str, vector: np.ndarray, query: str, *, k: int, filters: dict | None,
               exclude: set[str]) -> list[Hit]:
        index = self.collection_index(collection)
        with self._lock:
            return index.search(vector, query, k=k, filters=filters, exclude=exclude)

    def correct(self, collection: str, query: str) -> str:
        return self.collection_index(collection).correct(query)


class Candidates:
    """The snapshot rows one search scores exactly: contiguous spans of rows plus single rows outside them.

    Without an IVF partition the one span is every row (an exact search); with one, the spans are the probed
    lists and the single rows those holding the query's rarer terms in other lists. Per-row work (BM25, masks,
    the blend) runs over these rows only, never over the whole snapshot.
    """

    def __init__(self, starts: np.ndarray, ends: np.ndarray, singles: np.ndarray) -> None:
        self.starts, self.ends, self.singles = starts, ends, singles
        sizes = ends - starts
        self.spanned = int(sizes.sum())  # the spans' rows come first, in order, then the single rows
        self.bases = np.cumsum(sizes) - sizes  # where each span's rows start among the candidates
        self.spans = list(zip(starts.tolist(), ends.tolist(), strict=True))
        self.rows = np.concatenate([np.arange(a, b) for a, b in self.spans] + [singles]).astype(np.int64)

    def __len__(self) -> int:
        return len(self.rows)

    def matches(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(candidate positions, positions in `rows`) of the sorted `rows` (a term's postings) that are candidates.

        A span's matches are one slice of the postings, found by two binary searches per span.
        """
        first, last = np.searchsorted(rows, self.starts), np.searchsorted(rows, self.ends)
        counts = last - first
        within = np.arange(int(counts.sum())) + np.repeat(first - (np.cumsum(counts) - counts), counts)
        at = rows[within] - np.repeat(self.starts - self.bases, counts)
        if len(self.singles) and len(rows):
            found = np.minimum(np.searchsorted(rows, self.singles), len(rows) - 1)
            hit = np.flatnonzero(rows[found] == self.singles)
            at, within = np.concatenate([at, self.spanned + hit]), np.concatenate([within, found[hit]])
        return at, within


class SharedCollection:
    """A mapped snapshot plus this process's delta (rows written after it), searched as one collection.

    The blend and BM25 are CollectionIndex's, over both parts at once (document counts, lengths and
    document frequencies are summed), so results equal a single index holding every live row.
    """

    def __init__(self, shot: snapshot.Snapshot, dim: int) -> None:
        self.snapshot = shot
        self.version = shot.version
        self.alive = np.ones(shot.count, dtype=bool)
        self.live_count = shot.count
        self.live_length = shot.total_length
        self.delta = CollectionIndex(dim)
        self.seq, self.token = shot.seq, shot.token
        self.checked = 0.0
        self._vocabulary: list[str] | None = None
        # Per term, the live snapshot rows holding it (for idf), until a row of the snapshot is masked.
        self._dfs: dict[str, int] = {}
        self._matrix = None  # the mapped vectors as a torch tensor (shares the map), made on the first search

    def __len__(self) -> int:
        return self.live_count + len(self.delta)

    def apply(self, rows: Iterable[tuple]) -> None:
        for key, text, digest, meta, vector, seq, deleted in rows:
            row = self.snapshot.row_of(key)
            if row is not None and self.alive[row]:  # the delta's copy (or its removal) supersedes it
                self.alive[row] = False
                self.live_count -= 1
                self.live_length -= float(self.snapshot.lengths[row])
                self._dfs.clear()
            if deleted:
                self.delta.remove(key)
            else:
                self.delta.put(key, text, digest, meta or {}, np.frombuffer(bytes(vector), dtype=np.float32))
                self._vocabulary = None
            self.seq = max(self.seq, seq)

    def correct(self, query: str) -> str:
        if self._vocabulary is None:
            self._vocabulary = sorted(set(self.snapshot.vocabulary) | self.delta.lexical.vocabulary)
        return lexical.correct(query, self._vocabulary,
                               lambda term: self.snapshot.has_term(term) or term in self.delta.lexical.postings)

    def _snapshot_df(self, term: str, rows: np.ndarray) -> int:
        df = self._dfs.get(term)
        if df is None:
            df = self._dfs[term] = len(rows) if self.live_count == self.snapshot.count \
                else int(np.count_nonzero(self.alive[rows]))
        return df

    def _lexical(self, query: str, candidates: Candidates) -> tuple[np.ndarray, np.ndarray]:
        """BM25 of the candidate and the delta's rows, each divided by the query's best possible score."""
        shot, delta = self.snapshot, self.delta.lexical
        in_snapshot = np.zeros(len(candidates), dtype=np.float32)
        in_delta = np.zeros(delta.size, dtype=np.float32)
        documents = self.live_count + delta._live_count
        if not documents:
            return in_snapshot, in_delta
        avgdl = max((self.live_length + delta._live_length) / documents, 1.0)
        best = 0.0
        for term in set(tokenize(query)):
            found = shot.postings(term)
            postings = delta.postings.get(term)
            rows_d, tfs_d = postings.arrays() if postings else (None, None)
            df = (self._snapshot_df(term, found[0]) if found else 0) + (
                int(delta.alive[rows_d].sum()) if rows_d is not None else 0)
            if df == 0:
                continue
            idf = float(np.log(1 + (documents - df + 0.5) / (df + 0.5)))
            if found:
                at, within = candidates.matches(found[0])
                tfs = found[1][within]
                norm = K1 * (1 - B + B * shot.lengths[candidates.rows[at]] / avgdl)
                in_snapshot[at] += idf * tfs * (K1 + 1) / (tfs + norm)
            if rows_d is not None and tfs_d is not None:
                norm = K1 * (1 - B + B * delta.lengths[rows_d] / avgdl)
                in_delta[rows_d] += idf * tfs_d * (K1 + 1) / (tfs_d + norm)
            best += idf * (K1 + 1)
        if best > 0:
            in_snapshot = np.minimum(in_snapshot / best, 1.0)
            in_delta = np.minimum(in_delta / best, 1.0)
        return in_snapshot, in_delta

    def _dense(self, vector: np.ndarray, candidates: Candidates) -> np.ndarray:
        """Cosines of the candidates: a (1 x dim) by (rows x dim) product in torch per span of the mapped matrix.

        Torch rather than numpy: numpy's OpenBLAS threads keep spinning after a product and slow the next query
        encoding (askdoc.retrieval.dense). A span is a view of the map, not a copy; single rows are gathered.
        """
        import torch

        if not len(candidates):
            return np.zeros(0, dtype=np.float32)
        if self._matrix is None:
            self._matrix = torch.from_numpy(self.snapshot.dense)
        matrix = self._matrix
        query = torch.from_numpy(np.ascontiguousarray(vector, dtype=np.float16)).unsqueeze(0)
        parts = [matrix[start:end] for start, end in candidates.spans]
        if len(candidates.singles):  # numpy's row gather from the map is several times faster than index_select
            parts.append(torch.from_numpy(self.snapshot.dense[candidates.singles]))
        # The probed lists' many small products (and their concatenation) on one thread: split over 2 cores, each
        # waited for the second one. Without a partition the single product over every row is one split that pays
        # off on a quiet machine (100k rows: p50 18.9 ms on torch's threads against 24.8 ms on one, load 2.5).
        with one_thread() if self.snapshot.ivf is not None else nullcontext():
            products = [torch.nn.functional.linear(query, part).squeeze(0) for part in parts]
            return torch.cat(products).float().numpy()

    def _candidates(self, vector: np.ndarray, query: str) -> Candidates:
        """Every snapshot row, or with an IVF partition the rows of the lists nearest to the query plus the
        rows holding its rarer terms (as the postgres backend's candidates: a row outside both ranks high only
        through common words, whose idf is small)."""
        shot = self.snapshot
        if shot.ivf is None:
            return Candidates(np.array([0]), np.array([shot.count]), np.zeros(0, dtype=np.int64))
        centroids, offsets = shot.ivf
        lists = ivf.probe(centroids, vector, settings.ASKDOC_SEARCH_IVF_PROBES) if fusion_weights(query)[0] \
            else np.zeros(0, dtype=np.int64)
        rare = []
        for term in set(tokenize(query)):
            found = shot.postings(term)
            if found is not None and len(found[0]) <= max(RARE_MIN, RARE_SHARE * shot.count):
                rare.append(np.asarray(found[0]))
        singles = np.unique(np.concatenate(rare)).astype(np.int64) if rare else np.zeros(0, dtype=np.int64)
        probed = np.zeros(len(offsets) - 1, dtype=bool)
        probed[lists] = True
        singles = singles[~probed[np.searchsorted(offsets, singles, side="right") - 1]]
        return Candidates(*ivf.spans(offsets, lists), singles)

    def _mask(self, candidates: Candidates, filters: dict | None, exclude: set[str]) -> np.ndarray:
        """Which candidates may be hits: live, passing the filters, not excluded."""
        shot, rows = self.snapshot, candidates.rows
        mask = self.alive[rows]
        for name, wanted in (filters or {}).items():
            mask &= shot.field_mask(name, wanted, rows)
        for key in exclude:
            row = shot.row_of(key)
            if row is not None:
                mask &= rows != row
        return mask

    def search(self, vector: np.ndarray, query: str, *, k: int, filters: dict | None = None,
               exclude: set[str] | None = None) -> list[Hit]:
        shot, delta = self.snapshot, self.delta
        candidates = self._candidates(vector, query)
        dense = np.concatenate([self._dense(vector, candidates), delta.dense.scores(vector)[: len(delta.keys)]])
        in_snapshot, in_delta = self._lexical(query, candidates)
        lexical_scores = np.concatenate([in_snapshot, in_delta[: len(delta.keys)]])
        delta_mask = delta._mask(filters)
        for key in exclude or ():
            if key in delta.rows:
                delta_mask[delta.rows[key]] = False
        mask = np.concatenate([self._mask(candidates, filters, exclude or set()), delta_mask])
        blend = np.where(mask, fuse(dense, lexical_scores, fusion_weights(query)), -1.0)
        want = min(k, int(mask.sum()))
        if want <= 0:
            return []
        top = np.argpartition(-blend, want - 1)[:want]
        top = top[np.argsort(-blend[top], kind="stable")]
        hits = []
        for r in top:
            if blend[r] <= 0:
                continue
            if r < len(candidates):
                row = int(candidates.rows[r])
                key, meta = str(shot.keys[row]), shot.meta(row)
            else:
                key, meta = delta.keys[r - len(candidates)], delta.metas[r - len(candidates)]
            hits.append(Hit(key=key, score=float(blend[r]), meta=meta, dense=float(dense[r]),
                            lexical=float(lexical_scores[r])))
        return hits
