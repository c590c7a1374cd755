"""Reads of the knowledge engine: the search page and the batch search commands."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from askdoc.knowledge.models import KbPair
from askdoc.knowledge.reranking import rerank
from askdoc.qa.models import Answer, FaqTopic, Question
from askdoc.textkit import STOP_WORDS

SEARCH_CANDIDATES = 100
# Fused score (0.7 dense + 0.3 BM25) below which a result has little to do with the query, unless it contains
# the query's words (lexical part >= SEARCH_MIN_LEXICAL): a one-word query scores low on the dense side.
SEARCH_MIN_SCORE = 0.25
SEARCH_MIN_LEXICAL = 0.3
TOPICS_SHOWN = 6
EXCERPT_CHARS = 240
_WORD = re.compile(r"[A-Za-z0-9]+")
# Chinese has no spaces: a query's runs of Chinese characters are marked by their character pairs (the units the
# lexical side indexes too), less the pairs that say nothing about a health worry.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_CJK_STOP = frozenset("請問 不是 是不 什麼 怎麼 一直 可以 需要 是否 有點 還是 因為 所以 但是 如果 這樣 我們 "
                      "自己 醫生 醫師 您好 謝謝 最近 時候 感覺 覺得 會不 不會".split())

# --- batch commands ------------------------------------------------------------------------------


def kb_results(text: str, k: int) -> list[dict]:
    from askdoc.retrieval import search

    hits = search("kb", text, k=k)
    questions = dict(KbPair.objects.filter(external_id__in=[h.key for h in hits]).values_list("external_id",
                                                                                                "question"))
    return [
        {"external_id": h.key, "score": round(h.score, 4), "question": questions.get(h.key, ""),
         "source": h.meta.get("source", "")}
        for h in hits
    ]


def question_results(text: str, k: int) -> list[dict]:
    from askdoc.retrieval import search

    hits = search("questions", text, k=k)
    ids = [int(h.key) for h in hits if h.key.isdigit()]
    found = {q.pk: q for q in Question.objects.filter(pk__in=ids, status=Question.Status.PUBLISHED)}
    scores = {int(h.key): h.score for h in hits if h.key.isdigit()}
    ordered = rerank(text, [found[pk] for pk in ids if pk in found])
    return [
        {"external_id": q.pk, "score": round(scores[q.pk], 4), "question": q.display_title,
         "source": q.source or "askdoc"}
        for q in ordered
    ]


# --- the search page ---------------------------------------------------------------------------------


@dataclass
class SearchResults:
    query: str  # what was searched (after spelling correction)
    suggestion: str | None = None  # the corrected query when it differs from what was typed
    questions: list[Question] = field(default_factory=list)
    topics: list[FaqTopic] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)


def query_terms(*queries: str) -> list[str]:
    terms: list[str] = []
    for query in queries:
        for word in _WORD.findall(query.lower()):
            if len(word) >= 3 and word not in STOP_WORDS and word not in terms:
                terms.append(word)
        for run in _CJK_RUN.findall(query):
            for pair in (run[i:i + 2] for i in range(len(run) - 1)):
                if pair not in _CJK_STOP and pair not in terms:
                    terms.append(pair)
    return terms


def _relevant(hit) -> bool:
    return hit.score >= SEARCH_MIN_SCORE or getattr(hit, "lexical", 0.0) >= SEARCH_MIN_LEXICAL


def search_site(query: str, *, department: str | None = None) -> SearchResults:
    """Answered questions (best first, all candidates for pagination) and topics for a search box query."""
    from askdoc.retrieval import search, suggest

    suggestion = suggest("questions", query) or suggest("topics", query)
    searched = suggestion or query
    filters = {"department": department} if department else None
    hits = [h for h in search("questions", searched, k=SEARCH_CANDIDATES, filters=filters, fuzzy=True)
            if _relevant(h) and h.key.isdigit()]
    order = {int(h.key): i for i, h in enumerate(hits)}
    answers = Prefetch("answers", queryset=Answer.objects.filter(is_published=True).select_related("doctor"))
    questions = rerank(searched, sorted(
        Question.objects.filter(pk__in=order, status=Question.Status.PUBLISHED).select_related("department")
        .prefetch_related(answers),
        key=lambda q: order[q.pk],
    ))
    topic_hits = [h for h in search("topics", searched, k=TOPICS_SHOWN, filters=filters, fuzzy=True)
                  if _relevant(h)]
    topic_order = {h.key: i for i, h in enumerate(topic_hits)}
    topics = sorted(FaqTopic.objects.filter(slug__in=topic_order).select_related("department"),
                    key=lambda t: topic_order[t.slug])
    return SearchResults(query=searched, suggestion=suggestion, questions=questions, topics=topics,
                         terms=query_terms(query, searched))


def highlight(text: str, terms: list[str]) -> SafeString:
    """The text escaped, with <mark> around words starting with a query term ("cramp" marks "cramps")."""
    if not terms:
        return escape(text)
    words = [re.escape(t) for t in sorted(terms, key=len, reverse=True) if not _CJK_RUN.fullmatch(t)]
    pairs = [re.escape(t) for t in terms if _CJK_RUN.fullmatch(t)]
    # A word from its start (also right after a Chinese character) to its end; a Chinese pair as it is.
    alternatives = ([r"(?<![A-Za-z0-9])(?:" + "|".join(words) + r")[A-Za-z0-9]*"] if words else []) + pairs
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last:match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece above is escaped


def excerpt(text: str, terms: list[str], *, size: int = EXCERPT_CHARS) -> str:
    """A window of the text around the first query term (plain text; highlight() escapes and marks it)."""
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    lowered = text.lower()
    positions = [p for p in (lowered.find(t) for t in terms) if p >= 0]
    start = max(min(positions) - size // 4, 0) if positions else 0
    if start:
        start = text.find(" ", start) + 1 or start
    window = text[start:start + size].rsplit(" ", 1)[0]
    return ("…" if start else "") + window + ("…" if start + size < len(text) else "")


# --- what is loaded ------------------------------------------------------------------------------


def knowledge_summary() -> list[dict]:
    """One row per source in the knowledge base: its cited name, documents, answered pairs, whether it is demo."""
    from django.db.models import Count, Q

    from askdoc.knowledge.demo_library import DEMO_SOURCES
    from askdoc.knowledge.models import KbDocument
    from askdoc.knowledge.more_info import SOURCE_NAMES

    rows = (KbDocument.objects.values("source")
            .annotate(documents=Count("pk", distinct=True), pairs=Count("pairs", filter=~Q(pairs__answer="")))
            .order_by("source"))
    return [{"source": row["source"], "name": SOURCE_NAMES.get(row["source"], row["source"]),
             "documents": row["documents"], "pairs": row["pairs"], "demo": row["source"] in DEMO_SOURCES}
            for row in rows]


# --- similar questions to a text (the API; the doctors' copilot) ----------------------------------------


def similar_to_text(text: str, *, limit: int = 5, department: str | None = None,
                    exclude: tuple[int, ...] = ()) -> list[tuple[Question, float]]:
    """Published questions closest to text (best first, with their fused score), each with its published answers
    (and their doctors) loaded; below Similar Q&A's bar (askdoc.knowledge.linking) a question is about something
    else."""
    from askdoc.knowledge.linking import similar_bars
    from askdoc.retrieval import search

    filters = {"department": department} if department else None
    hits = search("questions", text, k=limit, filters=filters, exclude=[str(pk) for pk in exclude])
    bar = similar_bars(text).same
    scores = {int(h.key): h.score for h in hits if h.key.isdigit() and h.score >= bar}
    answers = Prefetch("answers", queryset=Answer.objects.filter(is_published=True)
                       .select_related("doctor__department").order_by("replied_at", "pk"))
    found = (Question.objects.filter(pk__in=scores, status=Question.Status.PUBLISHED).select_related("department")
             .prefetch_related(answers))
    return sorted(((q, scores[q.pk]) for q in found), key=lambda pair: (-pair[1], pair[0].pk))
