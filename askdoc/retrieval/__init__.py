"""askdoc's retrieval engine: one interface over a lexical (BM25) and a dense (MiniLM) index.

    from askdoc.retrieval import Document, Hit, search, upsert, delete, rebuild, encode, similarity, SIMILAR_THRESHOLD

Collections: "kb", "questions", "topics" (their documents come from askdoc.knowledge.collections).
See docs/retrieval.md.
"""

from importlib import import_module

# Resolved on first use (PEP 562): this package is also a Django app, whose models must not be
# imported while the app registry is still loading.
_EXPORTS = {
    "Document": "askdoc.retrieval.hybrid",
    "Hit": "askdoc.retrieval.hybrid",
    "encode": "askdoc.retrieval.encoder",
    "similarity": "askdoc.retrieval.scorer",
    "SIMILAR_THRESHOLD": "askdoc.retrieval.scorer",
    "COLLECTIONS": "askdoc.retrieval.store",
    "search": "askdoc.retrieval.store",
    "suggest": "askdoc.retrieval.store",
    "upsert": "askdoc.retrieval.store",
    "delete": "askdoc.retrieval.store",
    "rebuild": "askdoc.retrieval.store",
    "clear_cache": "askdoc.retrieval.store",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'askdoc.retrieval' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
