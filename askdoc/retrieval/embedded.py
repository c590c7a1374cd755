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

import numpy as np
from django.conf import settings
from django.db import connections

from askdoc.retrieval import ivf, lexical, snapshot
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
        if shot.dim != get_encoder().dim:
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

    def __len__(self) -> int:
        return self.live_count + len(self.delta)

    def apply(self, rows: Iterable[tuple]) -> None:
        for key, text, digest, meta, vector, seq, deleted in rows:
            row = self.snapshot.row_of(key)
            if row is not None and self.alive[row]:  # the delta's copy (or its removal) supersedes it
                self.alive[row] = False
                self.live_count -= 1
                self.live_length -= float(self.snapshot.lengths[row])
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

    def _lexical(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """BM25 of the snapshot's and the delta's rows, each divided by the query's best possible score."""
        shot, delta = self.snapshot, self.delta.lexical
        in_snapshot = np.zeros(shot.count, dtype=np.float32)
        in_delta = np.zeros(delta.size, dtype=np.float32)
        documents = self.live_count + delta._live_count
        if not documents:
            return in_snapshot, in_delta
        avgdl = max((self.live_length + delta._live_length) / documents, 1.0)
        best = 0.0
        for term in set(tokenize(query)):
            found = shot.postings(term)
            postings = delta.postings.get(term)
            rows, tfs = (np.asarray(found[0]), np.asarray(found[1])) if found else (None, None)
            rows_d, tfs_d = postings.arrays() if postings else (None, None)
            df = (int(self.alive[rows].sum()) if rows is not None else 0) + (
                int(delta.alive[rows_d].sum()) if rows_d is not None else 0)
            if df == 0:
                continue
            idf = float(np.log(1 + (documents - df + 0.5) / (df + 0.5)))
            if rows is not None and tfs is not None:
                norm = K1 * (1 - B + B * shot.lengths[rows] / avgdl)
                in_snapshot[rows] += idf * tfs * (K1 + 1) / (tfs + norm)
            if rows_d is not None and tfs_d is not None:
                norm = K1 * (1 - B + B * delta.lengths[rows_d] / avgdl)
                in_delta[rows_d] += idf * tfs_d * (K1 + 1) / (tfs_d + norm)
            best += idf * (K1 + 1)
        if best > 0:
            in_snapshot = np.minimum(in_snapshot / best, 1.0)
            in_delta = np.minimum(in_delta / best, 1.0)
        return in_snapshot, in_delta

    def _dense(self, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        import torch

        if not len(rows):
            return np.zeros(0, dtype=np.float32)
        matrix = torch.from_numpy(self.snapshot.dense)
        if len(rows) < self.snapshot.count:
            matrix = matrix.index_select(0, torch.from_numpy(rows.astype(np.int64)))
        product = matrix @ torch.from_numpy(np.ascontiguousarray(vector, dtype=np.float16))
        return product.float().numpy()

    def _candidates(self, vector: np.ndarray, query: str) -> np.ndarray:
        """The snapshot rows scored exactly: all of them, or with an IVF partition the rows of the lists
        nearest to the query plus the rows holding its rarer terms (as the postgres backend's candidates: a
        row outside both ranks high only through common words, whose idf is small)."""
        shot = self.snapshot
        if shot.ivf is None:
            return np.arange(shot.count)
        parts = [ivf.probe(*shot.ivf, vector)] if fusion_weights(query)[0] else []
        for term in set(tokenize(query)):
            found = shot.postings(term)
            if found is not None and len(found[0]) <= max(RARE_MIN, RARE_SHARE * shot.count):
                parts.append(np.asarray(found[0]))
        return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    def search(self, vector: np.ndarray, query: str, *, k: int, filters: dict | None = None,
               exclude: set[str] | None = None) -> list[Hit]:
        shot, delta = self.snapshot, self.delta
        rows = self._candidates(vector, query)
        dense = np.concatenate([self._dense(vector, rows), delta.dense.scores(vector)[: len(delta.keys)]])
        lexical_parts = self._lexical(query)
        lexical_scores = np.concatenate([lexical_parts[0][rows], lexical_parts[1][: len(delta.keys)]])
        mask = self.alive.copy()
        for name, wanted in (filters or {}).items():
            mask &= shot.field_mask(name, wanted)
        for key in exclude or ():
            row = shot.row_of(key)
            if row is not None:
                mask[row] = False
        mask = mask[rows]
        delta_mask = delta._mask(filters)
        for key in exclude or ():
            if key in delta.rows:
                delta_mask[delta.rows[key]] = False
        mask = np.concatenate([mask, delta_mask])
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
            if r < len(rows):
                key, meta = str(shot.keys[rows[r]]), shot.meta(int(rows[r]))
            else:
                key, meta = delta.keys[r - len(rows)], delta.metas[r - len(rows)]
            hits.append(Hit(key=key, score=float(blend[r]), meta=meta, dense=float(dense[r]),
                            lexical=float(lexical_scores[r])))
        return hits
