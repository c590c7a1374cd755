"""Re-ranking published questions with the decision model ("does an answer to B answer A?").

Hybrid search (askdoc.retrieval.search) finds the candidates: the first few are re-read pairwise by the decision
model (askdoc.retrieval.decision, a cross-encoder plus focus/type/population agreement) and re-ordered by its
probability; the rest keep the search's order after them. Used by Similar Q&A, the ask form's live
suggestions, the search page and `askdoc search_questions`. Without the committed model (a test encoder), or
for a query the encoder cannot read (Chinese: the cross-encoder is MiniLM too), the search's order stands.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from askdoc.qa.models import Question

log = logging.getLogger(__name__)
# A handful: the cross-encoder costs a few milliseconds per candidate on one core (docs/quality.md).
DEPTH = 5
TEXT_CHARS = 600


def question_text(question: Question) -> str:
    return f"{question.title}. {question.body}"[:TEXT_CHARS]


def rerank(query: str, questions: Sequence[Question], *, depth: int = DEPTH) -> list[Question]:
    """The questions with the first `depth` re-ordered by P(the candidate answers the query's question)."""
    from askdoc.retrieval import decision
    from askdoc.retrieval.hybrid import encoder_reads

    questions = list(questions)
    if len(questions) < 2 or not query.strip() or not decision.available():
        return questions
    if not encoder_reads(query):  # the cross-encoder is MiniLM too: it cannot read a Chinese question either
        return questions
    try:
        ranked = decision.rerank(query[:TEXT_CHARS], [(str(q.pk), question_text(q)) for q in questions], depth=depth)
    except Exception:  # a ranking nudge must never break a page
        log.exception("re-ranking failed; keeping the search order")
        return questions
    by_pk = {str(q.pk): q for q in questions}
    return [by_pk[pk] for pk, _ in ranked]
