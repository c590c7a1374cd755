"""Writes of the knowledge engine: topics, search collections, a question's More Info and links.

Keyword-only functions named <thing>_<verb>; the tasks and management commands call these.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction

from askdoc.knowledge import linking, topics
from askdoc.qa.models import Question
from askdoc.qa.page_cache import public_pages_changed

logger = logging.getLogger(__name__)


def retrieval_available() -> bool:
    """Whether the search engine (askdoc.retrieval) is installed; the importers can run without it."""
    try:
        from askdoc.retrieval import rebuild, search  # noqa: F401
    except ImportError:
        return False
    return True


def topics_refresh(*, progress=None) -> topics.TopicsSummary:
    summary = topics.topics_refresh(progress=progress)
    linking.phrases.clear()
    return summary


def collection_rebuild(*, name: str, progress: bool = False) -> int:
    from askdoc.knowledge.collections import COLLECTIONS
    from askdoc.retrieval import rebuild

    return rebuild(name, COLLECTIONS[name](), progress=progress)


def kb_sentences_index(*, progress: bool = False) -> int:
    """Encode and store the knowledge base's answer sentences (More Info reads them instead of encoding)."""
    from tqdm import tqdm

    from askdoc.knowledge.sentences import sentences_index, sentences_total

    total = sentences_total() if progress else None
    with tqdm(total=total, unit="sentence", desc="indexing kb sentences", disable=not progress) as bar:
        return sentences_index(progress=bar.update)


def questions_index(*, questions: Iterable[Question]) -> None:
    """Add or refresh published questions in the "questions" collection (the importers use it in bulk)."""
    from askdoc.knowledge.collections import question_document
    from askdoc.retrieval import upsert

    upsert("questions", (question_document(q) for q in questions))


# --- one question ------------------------------------------------------------------------------------


@dataclass
class EnrichSummary:
    question_id: int
    published: bool
    similar: int = 0
    topics: int = 0
    more_info: str = ""  # "ok", "nothing_relevant", "kept (moderator)", or "" when not public


def _load(question_id: int) -> Question | None:
    from askdoc.knowledge.collections import published_questions

    return published_questions().filter(pk=question_id).first()


def more_info_refresh(*, question: Question) -> str:
    """Compose and store the question's More Info, unless a moderator wrote it. Returns its status."""
    from askdoc.knowledge.more_info import compose_more_info

    if (question.more_info or {}).get("method") == "moderator":
        return "kept (moderator)"
    more_info = compose_more_info(question)
    with transaction.atomic():
        # Re-read under a lock: a moderator may have written More Info while it was being composed.
        current = Question.objects.select_for_update().filter(pk=question.pk).values_list("more_info", flat=True)
        stored = current.first()
        if stored is None or (stored or {}).get("method") == "moderator":
            return "kept (moderator)"
        # update(): only this column, so a concurrent edit of the question is not overwritten.
        Question.objects.filter(pk=question.pk).update(more_info=more_info)
    question.more_info = more_info
    return more_info["status"]


def question_index_in_transaction(*, question: Question) -> bool:
    """Write a published question's search row in the caller's transaction, so that it becomes searchable
    when the publication commits, on every process (docs/retrieval.md, "Freshness").

    The worker's `question_enrich` after commit still writes it too (a no-op when unchanged). If the
    write fails here (the encoder cannot load, a lock times out), the publication goes on without it and
    the worker indexes the question a moment later: a search index must never refuse a doctor's answer.
    """
    from askdoc.knowledge.collections import question_document
    from askdoc.retrieval import upsert

    if question.status != Question.Status.PUBLISHED or not retrieval_available():
        return False
    try:
        with transaction.atomic():  # a savepoint: a failed index write leaves the publication intact
            upsert("questions", [question_document(question)])
    except Exception as exc:  # noqa: BLE001 - any failure here is the worker's to retry
        logger.warning("question %s: search row left to the worker (%s)", question.pk, type(exc).__name__)
        return False
    return True


def _pk(question: Question | int) -> int:
    return question.pk if isinstance(question, Question) else int(question)


def question_enrich(*, question: Question | int) -> EnrichSummary:
    """Index a published question and refresh its Similar Q&A, Related FAQ and More Info; idempotent.

    A question that is not (or no longer) published is taken out of the index instead.
    """
    from askdoc.knowledge.collections import question_document
    from askdoc.retrieval import upsert

    question_id = _pk(question)
    question = _load(question_id)
    if question is None:
        question_unindex(question=question_id)
        return EnrichSummary(question_id=question_id, published=False)
    upsert("questions", [question_document(question)])
    links = linking.links_refresh(question=question)
    status = more_info_refresh(question=question)
    public_pages_changed()  # links and More Info are bulk writes, which send no model signals
    return EnrichSummary(question_id=question_id, published=True, similar=links.similar, topics=links.topics,
                         more_info=status)


def question_unindex(*, question: Question | int) -> None:
    """Take a question out of the search index and drop its automatic links (moderator links stay)."""
    from askdoc.retrieval import delete

    question_id = _pk(question)
    delete("questions", [str(question_id)])
    linking.links_remove(question_id=question_id)
    public_pages_changed()


def questions_enrich_all(*, question_ids: Iterable[int] | None = None,
                         progress: Callable[[EnrichSummary], None] | None = None) -> list[EnrichSummary]:
    """Enrich every published question (or the given ones), indexing them all first.

    Indexing first means each question's Similar Q&A can find every other one, whatever the order.
    """
    ids = list(question_ids) if question_ids is not None else list(
        Question.objects.filter(status=Question.Status.PUBLISHED).order_by("pk").values_list("pk", flat=True)
    )
    from askdoc.knowledge.collections import published_questions

    questions_index(questions=published_questions().filter(pk__in=ids).iterator(chunk_size=500))
    summaries = []
    for question_id in ids:
        summary = question_enrich(question=question_id)
        summaries.append(summary)
        if progress:
            progress(summary)
    return summaries
