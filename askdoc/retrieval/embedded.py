"""The embedded backend (the default): the collections in this process's memory, caught up from the database.

Writes go to the database (askdoc.retrieval.models); every process keeps the collections it searches in
memory and catches up at most every refresh_seconds() by reading the rows written since (their `seq` is
newer). So the worker can index a published question and the web process finds it within about a second,
on SQLite and PostgreSQL alike, and a restart loads vectors instead of re-encoding texts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator

import numpy as np
from django.conf import settings

from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.hybrid import CollectionIndex, Hit
from askdoc.retrieval.models import IndexedDocument, IndexState

# Compact (reload from the database) once this share of the in-memory rows are superseded texts.
MAX_DEAD_SHARE = 0.3


def refresh_seconds() -> float:
    # Tests roll back between cases, so they always look at the database.
    return 0.0 if settings.TESTING else float(getattr(settings, "ASKDOC_INDEX_REFRESH_SECONDS", 1.0))


class EmbeddedBackend:
    name = "embedded"

    def __init__(self, using: str = "default") -> None:
        self.using = using
        self._indexes: dict[str, CollectionIndex] = {}
        # One lock per process: numpy does the heavy part of a search, and writes to an index must not
        # interleave with a search of it.
        self._lock = threading.RLock()

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

    @staticmethod
    def _apply(index: CollectionIndex, rows: Iterable[tuple]) -> None:
        for key, text, digest, meta, vector, seq, deleted in rows:
            if deleted:
                index.remove(key)
            else:
                index.put(key, text, digest, meta or {}, np.frombuffer(bytes(vector), dtype=np.float32))
            index.seq = max(index.seq, seq)

    def _load(self, collection: str, seq: int, token: str) -> CollectionIndex:
        index = CollectionIndex(get_encoder().dim)
        self._apply(index, self._rows(collection))
        index.seq, index.token = seq, token
        return index

    def collection_index(self, collection: str) -> CollectionIndex:
        """The collection, caught up with the database if it was last checked over refresh_seconds() ago."""
        with self._lock:
            index = self._indexes.get(collection)
            now = time.monotonic()
            if index is not None and now - index.checked < refresh_seconds():
                return index
            seq, token = self._state(collection)
            if index is None or seq < index.seq or (settings.TESTING and token != index.token) or (
                index.dead_rows > MAX_DEAD_SHARE * max(len(index.keys), 1000)
            ):
                index = self._indexes[collection] = self._load(collection, seq, token)
            elif seq > index.seq:
                self._apply(index, self._rows(collection, after=index.seq))
                index.seq, index.token = seq, token
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
        return self.collection_index(collection).lexical.correct(query)
