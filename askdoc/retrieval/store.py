"""Persistence and the per-process cache of the collections.

Writes go to the database (askdoc.retrieval.models); every process keeps the collections it
searches in memory and catches up at most every REFRESH_SECONDS by reading the rows written since
(their `seq` is newer). So the worker can index a published question and the web process finds it
within about a second, on SQLite and PostgreSQL alike, and a restart loads vectors instead of
re-encoding texts.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections.abc import Iterable, Iterator

import numpy as np
from django.conf import settings
from django.db import transaction

from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.hybrid import CollectionIndex, Document, Hit
from askdoc.retrieval.models import IndexedDocument, IndexState

COLLECTIONS = ("kb", "questions", "topics")
CHUNK = 512
# Words of a query that are encoded: a pasted question's opening carries its gist, and encoding time
# grows with length (the p99 of similar-question search is set by the longest questions).
QUERY_WORDS = 96
# Compact (reload from the database) once this share of the in-memory rows are superseded texts.
MAX_DEAD_SHARE = 0.3

_indexes: dict[str, CollectionIndex] = {}
_lock = threading.RLock()


def refresh_seconds() -> float:
    # Tests roll back between cases, so they always look at the database.
    return 0.0 if settings.TESTING else float(getattr(settings, "ASKDOC_INDEX_REFRESH_SECONDS", 1.0))


def text_hash(text: str) -> str:
    # The encoder's name is part of the hash: switching models re-encodes on the next rebuild.
    return hashlib.sha256(f"{get_encoder().name}\0{text}".encode()).hexdigest()


def clear_cache() -> None:
    """Forget every in-memory collection, as a restart would."""
    with _lock:
        _indexes.clear()


# --- reads --------------------------------------------------------------------------------


def _state(collection: str) -> tuple[int, str]:
    row = IndexState.objects.filter(collection=collection).values_list("seq", "token").first()
    return row if row else (0, "")


def _apply(index: CollectionIndex, rows: Iterable[tuple]) -> None:
    for key, text, digest, meta, vector, seq, deleted in rows:
        if deleted:
            index.remove(key)
        else:
            index.put(key, text, digest, meta or {}, np.frombuffer(bytes(vector), dtype=np.float32))
        index.seq = max(index.seq, seq)


def _rows(collection: str, *, after: int | None = None) -> Iterator[tuple]:
    query = IndexedDocument.objects.filter(collection=collection)
    query = query.filter(deleted=False) if after is None else query.filter(seq__gt=after).order_by("seq")
    fields = ("key", "text", "text_hash", "meta", "vector", "seq", "deleted")
    return query.values_list(*fields).iterator(chunk_size=2000)


def _load(collection: str, seq: int, token: str) -> CollectionIndex:
    index = CollectionIndex(get_encoder().dim)
    _apply(index, _rows(collection))
    index.seq, index.token = seq, token
    return index


def collection_index(collection: str) -> CollectionIndex:
    """The collection, caught up with the database if it was last checked over REFRESH_SECONDS ago."""
    with _lock:
        index = _indexes.get(collection)
        now = time.monotonic()
        if index is not None and now - index.checked < refresh_seconds():
            return index
        seq, token = _state(collection)
        if index is None or seq < index.seq or (settings.TESTING and token != index.token) or (
            index.dead_rows > MAX_DEAD_SHARE * max(len(index.keys), 1000)
        ):
            index = _indexes[collection] = _load(collection, seq, token)
        elif seq > index.seq:
            _apply(index, _rows(collection, after=index.seq))
            index.seq, index.token = seq, token
        index.checked = now
        return index


def search(collection: str, query: str, *, k: int = 10, filters: dict | None = None, fuzzy: bool = False,
           exclude: Iterable[str] = (), vector: np.ndarray | None = None) -> list[Hit]:
    """Hybrid (BM25 + dense) search; [] for a blank query or an empty or never-built collection.

    fuzzy=True first replaces query words the collection has never seen by the closest word it has
    (misspellings); `exclude` drops keys (e.g. the question itself); `vector` is the query's embedding when the
    caller already encoded it (same encoder, same QUERY_WORDS cut), so it is not encoded twice.
    """
    if not query or not query.strip() or k <= 0:
        return []
    index = collection_index(collection)
    if not len(index):
        return []
    if fuzzy:
        query = index.lexical.correct(query)
    if vector is None:
        vector = get_encoder().encode([" ".join(query.split()[:QUERY_WORDS])])[0]
    with _lock:
        return index.search(vector, query, k=k, filters=filters, exclude=set(exclude))


def suggest(collection: str, query: str) -> str | None:
    """A spelling-corrected query ("Did you mean ...?"), or None when every word is known."""
    index = collection_index(collection)
    if not len(index) or not query.strip():
        return None
    corrected = index.lexical.correct(query)
    return corrected if corrected.split() != query.split() else None


# --- writes -------------------------------------------------------------------------------


def _bump(collection: str) -> int:
    """Take the collection's write lock (its state row) and return the next sequence number."""
    state, _ = IndexState.objects.select_for_update().get_or_create(collection=collection)
    state.seq += 1
    state.token = uuid.uuid4().hex
    state.save(update_fields=["seq", "token"])
    return state.seq


def _touched(collection: str) -> None:
    index = _indexes.get(collection)
    if index is not None:
        index.checked = 0.0  # this process wrote: look at the database on the next search


def upsert(collection: str, docs: Iterable[Document]) -> None:
    """Add or replace documents by key. An unchanged text is not re-encoded; an unchanged document is a no-op."""
    for chunk in _chunks(docs, CHUNK):
        _upsert_chunk(collection, chunk)


def _upsert_chunk(collection: str, docs: list[Document]) -> int:
    latest = {doc.key: doc for doc in docs}  # the last copy of a key wins
    digests = {key: text_hash(doc.text) for key, doc in latest.items()}
    existing = {
        key: (digest, meta, vector, deleted)
        for key, digest, meta, vector, deleted in IndexedDocument.objects.filter(
            collection=collection, key__in=list(latest)
        ).values_list("key", "text_hash", "meta", "vector", "deleted")
    }
    changed = [
        doc for key, doc in latest.items()
        if key not in existing or existing[key][0] != digests[key] or existing[key][1] != (doc.meta or {})
        or existing[key][3]
    ]
    if not changed:
        return 0
    to_encode = [doc for doc in changed if doc.key not in existing or existing[doc.key][0] != digests[doc.key]]
    # Encode before taking the write lock: encoding is the slow part.
    encoded = get_encoder().encode([doc.text for doc in to_encode]) if to_encode else None
    vectors = {doc.key: encoded[i].tobytes() for i, doc in enumerate(to_encode)}
    with transaction.atomic():
        seq = _bump(collection)
        IndexedDocument.objects.bulk_create(
            [
                IndexedDocument(
                    collection=collection, key=doc.key, text=doc.text, text_hash=digests[doc.key],
                    meta=doc.meta or {}, vector=vectors.get(doc.key) or bytes(existing[doc.key][2]),
                    seq=seq, deleted=False,
                )
                for doc in changed
            ],
            update_conflicts=True,
            unique_fields=["collection", "key"],
            update_fields=["text", "text_hash", "meta", "vector", "seq", "deleted"],
        )
    _touched(collection)
    return len(changed)


def delete(collection: str, keys: Iterable[str]) -> None:
    """Remove documents by key (unknown keys are ignored)."""
    for chunk in _chunks(keys, CHUNK):
        with transaction.atomic():
            live = IndexedDocument.objects.filter(collection=collection, key__in=chunk, deleted=False)
            if live.exists():
                live.update(deleted=True, seq=_bump(collection))
    _touched(collection)


def rebuild(collection: str, docs: Iterable[Document], *, progress: bool = False) -> int:
    """Make the collection hold exactly `docs`; unchanged texts keep their vectors. Returns the count."""
    from tqdm import tqdm

    seen: set[str] = set()
    bar = tqdm(desc=f"indexing {collection}", unit="doc", disable=not progress)
    for chunk in _chunks(docs, CHUNK):
        _upsert_chunk(collection, chunk)
        seen.update(doc.key for doc in chunk)
        bar.update(len(chunk))
    bar.close()
    stale = set(IndexedDocument.objects.filter(collection=collection, deleted=False).values_list("key", flat=True))
    delete(collection, sorted(stale - seen))
    return len(seen)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
