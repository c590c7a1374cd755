"""Writes of the knowledge engine: topics, search collections, a question's More Info and links.

Keyword-only functions named <thing>_<verb>; the tasks and commands call these.
"""

from __future__ import annotations

from askdoc.knowledge import topics


def retrieval_available() -> bool:
    """Whether the search engine (askdoc.retrieval) is installed; the importers can run without it."""
    try:
        from askdoc.retrieval import rebuild, search  # noqa: F401
    except ImportError:
        return False
    return True


def topics_refresh(*, progress=None) -> topics.TopicsSummary:
    return topics.topics_refresh(progress=progress)


def collection_rebuild(*, name: str, progress: bool = False) -> int:
    from askdoc.knowledge.collections import COLLECTIONS
    from askdoc.retrieval import rebuild

    return rebuild(name, COLLECTIONS[name](), progress=progress)
