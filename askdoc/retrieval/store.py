"""The retrieval API (`search`, `upsert`, `delete`, `rebuild`, `suggest`) over a choice of two backends.

ASKDOC_SEARCH_BACKEND picks one:
- "embedded" (default, askdoc.retrieval.embedded): each process searches its in-memory copy of the
  collections, caught up from the database about every second; works on SQLite and PostgreSQL;
- "postgres" (askdoc.retrieval.postgres): pgvector and full-text search in the database itself.

Both store documents, their text hash and their vector in `retrieval_indexeddocument` (so switching
backends or restarting never re-encodes a text); the writes below are shared and call the backend's
hooks inside the same transaction.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import numpy as np
from django.conf import settings
from django.db import transaction

from askdoc.retrieval.embedded import EmbeddedBackend
from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.hybrid import Document, Hit
from askdoc.retrieval.models import IndexedDocument, IndexState

COLLECTIONS = ("kb", "questions", "topics")
CHUNK = 512
# Words of a query that are encoded: a pasted question's opening carries its gist, and encoding time
# grows with length (the p99 of similar-question search is set by the longest questions).
QUERY_WORDS = 96
BACKENDS = ("embedded", "postgres")

_backend = None
_override = None


def get_backend():
    """The configured backend (one per process), or the one a test swapped in with use_backend()."""
    global _backend
    if _override is not None:
        return _override
    if _backend is None:
        name = getattr(settings, "ASKDOC_SEARCH_BACKEND", "embedded")
        if name == "postgres":
            from askdoc.retrieval.postgres import PostgresBackend

            _backend = PostgresBackend()
        elif name == "embedded":
            _backend = EmbeddedBackend()
        else:
            raise ValueError(f"ASKDOC_SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {name!r}")
    return _backend


@contextmanager
def use_backend(backend):
    """Search through `backend` inside the block (tests run one suite against both backends)."""
    global _override
    previous, _override = _override, backend
    try:
        yield backend
    finally:
        _override = previous


def text_hash(text: str) -> str:
    # The encoder's name is part of the hash: switching models re-encodes on the next rebuild.
    return hashlib.sha256(f"{get_encoder().name}\0{text}".encode()).hexdigest()


def clear_cache() -> None:
    """Forget every in-memory collection, as a restart would (nothing to forget on the postgres backend)."""
    for backend in (_backend, _override):
        if backend is not None and hasattr(backend, "clear_cache"):
            backend.clear_cache()


# --- reads --------------------------------------------------------------------------------


def search(collection: str, query: str, *, k: int = 10, filters: dict | None = None, fuzzy: bool = False,
           exclude: Iterable[str] = (), vector: np.ndarray | None = None) -> list[Hit]:
    """Hybrid (BM25 + dense) search; [] for a blank query or an empty or never-built collection.

    fuzzy=True first replaces query words the collection has never seen by the closest word it has
    (misspellings); `exclude` drops keys (e.g. the question itself); `vector` is the query's embedding when the
    caller already encoded it (same encoder, same QUERY_WORDS cut), so it is not encoded twice.
    """
    if not query or not query.strip() or k <= 0:
        return []
    backend = get_backend()
    if not backend.size(collection):
        return []
    if fuzzy:
        query = backend.correct(collection, query)
    if vector is None:
        vector = get_encoder().encode([" ".join(query.split()[:QUERY_WORDS])])[0]
    return backend.search(collection, vector, query, k=k, filters=filters, exclude=set(exclude))


def suggest(collection: str, query: str) -> str | None:
    """A spelling-corrected query ("Did you mean ...?"), or None when every word is known."""
    backend = get_backend()
    if not query.strip() or not backend.size(collection):
        return None
    corrected = backend.correct(collection, query)
    return corrected if corrected.split() != query.split() else None


# --- writes -------------------------------------------------------------------------------


def _bump(collection: str, using: str) -> int:
    """Take the collection's write lock (its state row) and return the next sequence number."""
    state, _ = IndexState.objects.using(using).select_for_update().get_or_create(collection=collection)
    state.seq += 1
    state.token = uuid.uuid4().hex
    state.save(update_fields=["seq", "token"])
    return state.seq


def upsert(collection: str, docs: Iterable[Document]) -> None:
    """Add or replace documents by key. An unchanged text is not re-encoded; an unchanged document is a no-op."""
    for chunk in _chunks(docs, CHUNK):
        _upsert_chunk(collection, chunk)


def _upsert_chunk(collection: str, docs: list[Document]) -> int:
    backend = get_backend()
    rows = IndexedDocument.objects.using(backend.using)
    latest = {doc.key: doc for doc in docs}  # the last copy of a key wins
    digests = {key: text_hash(doc.text) for key, doc in latest.items()}
    existing = {
        key: (digest, meta, vector, deleted)
        for key, digest, meta, vector, deleted in rows.filter(
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
    vectors = {doc.key: encoded[i] for i, doc in enumerate(to_encode)}
    for doc in changed:
        if doc.key not in vectors:
            vectors[doc.key] = np.frombuffer(bytes(existing[doc.key][2]), dtype=np.float32)
    keys = [doc.key for doc in changed]
    with transaction.atomic(using=backend.using):
        seq = _bump(collection, backend.using)
        backend.before_write(collection, keys)
        rows.bulk_create(
            [
                IndexedDocument(
                    collection=collection, key=doc.key, text=doc.text, text_hash=digests[doc.key],
                    meta=doc.meta or {}, vector=vectors[doc.key].tobytes(), seq=seq, deleted=False,
                )
                for doc in changed
            ],
            update_conflicts=True,
            unique_fields=["collection", "key"],
            update_fields=["text", "text_hash", "meta", "vector", "seq", "deleted"],
        )
        backend.after_write(collection, changed, vectors)
    return len(changed)


def delete(collection: str, keys: Iterable[str]) -> None:
    """Remove documents by key (unknown keys are ignored)."""
    backend = get_backend()
    for chunk in _chunks(keys, CHUNK):
        with transaction.atomic(using=backend.using):
            live = IndexedDocument.objects.using(backend.using).filter(
                collection=collection, key__in=chunk, deleted=False
            )
            if live.exists():
                seq = _bump(collection, backend.using)
                backend.before_write(collection, chunk)
                live.update(deleted=True, seq=seq)
                backend.after_delete(collection, chunk)


def rebuild(collection: str, docs: Iterable[Document], *, progress: bool = False) -> int:
    """Make the collection hold exactly `docs`; unchanged texts keep their vectors. Returns the count."""
    from tqdm import tqdm

    backend = get_backend()
    seen: set[str] = set()
    bar = tqdm(desc=f"indexing {collection}", unit="doc", disable=not progress)
    for chunk in _chunks(docs, CHUNK):
        _upsert_chunk(collection, chunk)
        seen.update(doc.key for doc in chunk)
        bar.update(len(chunk))
    bar.close()
    live = IndexedDocument.objects.using(backend.using).filter(collection=collection, deleted=False)
    delete(collection, sorted(set(live.values_list("key", flat=True)) - seen))
    if hasattr(backend, "backfill"):
        backend.backfill(collection)  # rows indexed before this backend was switched on
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
