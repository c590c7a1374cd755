"""Similar Q&A and Related FAQ: the links the knowledge engine stores for a published question.

Only origin="auto" links are replaced; a moderator's links are kept and come first (lower ranks).

Similar Q&A: the "questions" collection's best hits for the question (itself excluded), published ones only,
scoring at least their bar (SimilarBars: one set on the blend's scale, one on the lexical half's for a Chinese
question, which the search ranks by its characters alone); a candidate that is a near-identical copy
(NEAR_DUPLICATE, rapidfuzz token-sort ratio of the normalised title and body) of the question or of a
better-ranked candidate is dropped.

Related FAQ: topics whose name or a synonym the question or reply mentions (whole words, longest phrase
first, so "kidney stone" is found and not also "stone"), then the "topics" collection's hits scoring at least
TOPIC_MIN_SCORE; up to MAX_TOPICS.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from rapidfuzz import fuzz

from askdoc.knowledge.collections import question_document
from askdoc.knowledge.reranking import rerank
from askdoc.qa.models import FaqTopic, LinkOrigin, Question, QuestionTopic, SimilarQuestion

MAX_SIMILAR = 8
SIMILAR_CANDIDATES = 30


@dataclass(frozen=True)
class SimilarBars:
    """The scores a Similar Q&A candidate needs: `same` (same department), `other` (another department: a
    toddler's fever (pediatrics) and a breastfeeding mother's fever medicine (family medicine, blend 0.42) share
    words, not the complaint) and `fill` (a question of the same department or sharing a topic, when fewer than
    SIMILAR_WANTED passed the first two)."""

    same: float
    other: float
    fill: float


# On the blend's scale (askdoc.retrieval.hybrid), for questions the encoder reads.
BLEND_BARS = SimilarBars(same=0.35, other=0.43, fill=0.20)
# On the lexical half's scale (BM25 / bm25_best), for a Chinese question, which the search ranks by its character
# pairs alone. The query is the whole page (title, body, reply: hundreds of pairs), so even a close sibling holds
# a small share of them. Set on the Traditional Chinese demo questions (development, docs/knowledge.md).
LEXICAL_BARS = SimilarBars(same=0.06, other=0.075, fill=0.03)
NEAR_DUPLICATE = 92
# A page shows SIMILAR_WANTED similar questions (the reference page has four). When fewer pass the bars above,
# the rest are filled from questions of the same department or sharing a Related FAQ topic with it, best first,
# down to the fill bar: the reference page's own four are "involuntary movements" questions of Neurology that
# share few words.
SIMILAR_WANTED = 4
SIMILAR_FILL_CANDIDATES = 100
MAX_TOPICS = 10
TOPIC_MIN_SCORE = 0.45
# The question's own department's topics may fill the list (up to MAX_TOPICS) from this lower score: the
# reference page's ten Related FAQ are mostly neighbours in Neurology (Tremor, Muscle Cramp, Myasthenia Gravis).
TOPIC_FILL_MIN_SCORE = 0.30
# Score base of a topic named only in the reply (one named in the question has 1 + words matched): below them.
REPLY_MENTION = 0.5
MENTION_MIN_CHARS = 4
MENTION_MAX_WORDS = 8
PHRASES_TTL_SECONDS = 60.0
# Words that are topic names or synonyms in MedQuAD but mean nothing specific in a patient's sentence.
GENERIC_PHRASES = frozenset("""pain help health care doctor body test tests problem problems disease diseases
    disorder disorders condition conditions symptom symptoms treatment medicine medicines drug drugs child children
    women men baby babies people adult adults family time fear stress sleep weight blood water exercise""".split())

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Letters and digits of every script: a question written in Chinese has no [a-z] words, and two such questions
# must not look like identical empty strings to the near-duplicate check.
_ANY_WORD = re.compile(r"[^\W_]+")
# A topic's Chinese name: "青春痘（痤瘡）" holds two names; "3C 用眼疲勞" none written only in Chinese characters.
_CHINESE_NAME_SPLIT = re.compile(r"[（）()、/,，\s]+")
_CHINESE_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# --- Similar Q&A -----------------------------------------------------------------------------------


def query_vector(text: str):
    """The search's query embedding of `text`, as askdoc.retrieval.search would compute it."""
    from askdoc.retrieval import encode
    from askdoc.retrieval.store import QUERY_WORDS

    return encode([" ".join(text.split()[:QUERY_WORDS])])[0]


def _normalised(question: Question) -> str:
    return " ".join(_ANY_WORD.findall(f"{question.title} {question.body}".lower()))


def similar_candidates(question: Question) -> list[tuple[Question, float]]:
    from askdoc.retrieval import search

    document = question_document(question)
    bars = similar_bars(document.text)
    vector = query_vector(document.text)  # one encoding for every search below
    hits = search("questions", document.text, k=SIMILAR_CANDIDATES, exclude=[str(question.pk)], vector=vector)
    scores = {int(h.key): h.score for h in hits if h.key.isdigit() and h.score >= bars.same}
    found = [
        q for q in Question.objects.filter(pk__in=scores, status=Question.Status.PUBLISHED).exclude(pk=question.pk)
        if q.department_id == question.department_id or scores[q.pk] >= bars.other
    ]
    ranked = sorted(found, key=lambda q: (-scores[q.pk], q.pk))
    # The decision model re-reads the best few: the same question answered comes first, not the one sharing words.
    ranked = rerank(f"{question.title}. {question.body}", ranked)
    kept = _distinct(question, ranked, scores, [], MAX_SIMILAR)
    if len(kept) < SIMILAR_WANTED and question.department_id:
        kept += _department_fill(question, document.text, vector, kept, SIMILAR_WANTED - len(kept), bars.fill)
    return kept


def similar_bars(text: str) -> SimilarBars:
    """The bars on the scale the search scores this text on (askdoc.retrieval.hybrid.fusion_weights)."""
    from askdoc.retrieval.hybrid import encoder_reads

    return BLEND_BARS if encoder_reads(text) else LEXICAL_BARS


def _department_fill(question: Question, text: str, vector, kept: list[tuple[Question, float]], room: int,
                     bar: float) -> list[tuple[Question, float]]:
    """The next best questions of the same department or sharing a topic, scoring `bar` or more."""
    from askdoc.retrieval import search

    taken = [str(question.pk), *(str(q.pk) for q, _ in kept)]
    hits = search("questions", text, k=SIMILAR_CANDIDATES, exclude=taken,
                  filters={"department": question.department.slug if question.department else ""}, vector=vector)
    hits += search("questions", text, k=SIMILAR_FILL_CANDIDATES, exclude=taken, vector=vector)
    scores = {int(h.key): h.score for h in hits if h.key.isdigit() and h.score >= bar}
    topics = QuestionTopic.objects.filter(question=question).values("topic_id")
    sharing = set(QuestionTopic.objects.filter(topic_id__in=topics, question_id__in=scores)
                  .values_list("question_id", flat=True))
    found = [q for q in Question.objects.filter(pk__in=scores, status=Question.Status.PUBLISHED)
             if q.department_id == question.department_id or q.pk in sharing]
    return _distinct(question, sorted(found, key=lambda q: (-scores[q.pk], q.pk)), scores,
                     [q for q, _ in kept], room)


def _distinct(question: Question, ranked: list[Question], scores: dict[int, float], already: list[Question],
              limit: int) -> list[tuple[Question, float]]:
    """The ranked candidates that are not near-identical copies of the question or of one kept before."""
    kept: list[tuple[Question, float]] = []
    seen = [_normalised(q) for q in (question, *already)]
    for candidate in ranked:
        text = _normalised(candidate)
        if any(fuzz.token_sort_ratio(text, other) >= NEAR_DUPLICATE for other in seen):
            continue
        seen.append(text)
        kept.append((candidate, scores[candidate.pk]))
        if len(kept) == limit:
            break
    return kept


@transaction.atomic
def similar_refresh(*, question: Question) -> int:
    """Replace the question's automatic Similar Q&A links; returns how many were stored."""
    SimilarQuestion.objects.filter(question=question, origin=LinkOrigin.AUTOMATIC).delete()
    manual = SimilarQuestion.objects.filter(question=question)
    taken = set(manual.values_list("similar_id", flat=True))
    start = (manual.aggregate(top=Max("rank"))["top"] or 0) + 1 if taken else 0
    links = [
        SimilarQuestion(question=question, similar=other, score=round(score, 4), rank=start + i,
                        origin=LinkOrigin.AUTOMATIC)
        for i, (other, score) in enumerate((o, s) for o, s in similar_candidates(question) if o.pk not in taken)
    ]
    SimilarQuestion.objects.bulk_create(links)
    return len(links)


# --- Related FAQ -------------------------------------------------------------------------------------


def _stem(word: str) -> str:
    # Enough to let "headaches" mention "Headache" and "kidney stones" mention "Kidney stone".
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in _WORD.findall(text.lower()))


def chinese_names(name: str) -> list[str]:
    """The all-Chinese names in a topic's Chinese name: 青春痘（痤瘡） is named by 青春痘 and by 痤瘡."""
    return [part for part in _CHINESE_NAME_SPLIT.split(name) if len(part) >= 2 and _CHINESE_NAME.fullmatch(part)]


class _Phrases:
    """phrase (stemmed words) -> topic ids, and Chinese name -> topic ids, rebuilt when older than
    PHRASES_TTL_SECONDS (always in tests)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built_at: float | None = None
        self.table: dict[tuple[str, ...], list[int]] = {}
        self.chinese: dict[str, list[int]] = {}

    def get(self) -> dict[tuple[str, ...], list[int]]:
        self._fresh()
        return self.table

    def get_chinese(self) -> dict[str, list[int]]:
        self._fresh()
        return self.chinese

    def _fresh(self) -> None:
        ttl = 0.0 if settings.TESTING else PHRASES_TTL_SECONDS
        with self._lock:
            now = time.monotonic()
            if self._built_at is None or now - self._built_at >= ttl:
                self.table = self._build()
                self.chinese = self._build_chinese()
                self._built_at = now

    @staticmethod
    def _build_chinese() -> dict[str, list[int]]:
        table: dict[str, list[int]] = {}
        for pk, name in FaqTopic.objects.exclude(name_zh_hant="").values_list("pk", "name_zh_hant"):
            for part in chinese_names(name):
                ids = table.setdefault(part, [])
                if pk not in ids:
                    ids.append(pk)
        return table

    def clear(self) -> None:
        with self._lock:
            self._built_at = None

    @staticmethod
    def _build() -> dict[tuple[str, ...], list[int]]:
        table: dict[tuple[str, ...], list[int]] = {}
        for pk, name, synonyms in FaqTopic.objects.values_list("pk", "name", "synonyms").iterator(chunk_size=5000):
            for i, phrase in enumerate([name, *(synonyms or [])]):
                key = phrase_key(str(phrase))
                text = " ".join(key)
                if (len(text) < MENTION_MIN_CHARS or len(key) > MENTION_MAX_WORDS or text in GENERIC_PHRASES):
                    continue
                # A one-word synonym is too loose a handle: "drinking" is not "Alcohol", "hard" (HARD syndrome)
                # not "Hantavirus pulmonary syndrome", "salt" not "Sodium". One-word names stay ("Acne").
                if i > 0 and len(key) == 1:
                    continue
                ids = table.setdefault(key, [])
                if pk not in ids:
                    ids.append(pk)
        return table


phrases = _Phrases()


def mentioned_topics(text: str) -> list[tuple[int, int]]:
    """(topic id, matched phrase length in words) for names and synonyms in the text, longest match first."""
    table = phrases.get()
    words = phrase_key(text)
    used = [False] * len(words)
    found: dict[int, int] = {}
    for size in range(min(MENTION_MAX_WORDS, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            if any(used[start:start + size]):
                continue
            ids = table.get(tuple(words[start:start + size]))
            if not ids:
                continue
            for i in range(start, start + size):
                used[i] = True
            for topic_id in ids:
                found.setdefault(topic_id, size)
    _mentioned_chinese(text, found)
    return sorted(found.items(), key=lambda item: -item[1])


def _mentioned_chinese(text: str, found: dict[int, int]) -> None:
    """Chinese topic names in the text (written without spaces: found as substrings, longest first, each stretch
    of text naming one topic), counted as a phrase of one word per two characters (耳鳴 1, 慢性鼻竇炎 2)."""
    table = phrases.get_chinese()
    used = [False] * len(text)
    for name in sorted(table, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            if not any(used[start:start + len(name)]):
                for i in range(start, start + len(name)):
                    used[i] = True
                for topic_id in table[name]:
                    found.setdefault(topic_id, max(len(name) // 2, 1))
            start = text.find(name, start + 1)


def related_topic_scores(question: Question) -> list[tuple[int, float]]:
    """(topic id, score) best first: mentioned topics (score 1 + words matched), then retrieved ones."""
    from askdoc.retrieval import search

    answers = " ".join(a.body for a in question.answers.all() if a.is_published)
    asked = f"{question.page_title}\n{question.title}\n{question.body}"
    scored: dict[int, float] = {topic_id: 1.0 + size for topic_id, size in mentioned_topics(asked)}
    hits = search("topics", f"{question.title}\n{question.body}\n{answers}"[:2000], k=20)
    slugs = {h.key: h.score for h in hits if h.score >= TOPIC_MIN_SCORE}
    retrieved = dict(FaqTopic.objects.filter(slug__in=slugs).values_list("pk", "slug"))
    # The reply also lists what it rules out or mentions in passing ("no fever", "benign", "caffeine"): a topic
    # only the reply names counts when it is a phrase of several words or the search finds it too.
    for topic_id, size in mentioned_topics(answers):
        if topic_id not in scored and (size >= 2 or topic_id in retrieved):
            scored[topic_id] = REPLY_MENTION + size
    for pk, slug in retrieved.items():
        scored[pk] = max(scored.get(pk, 0.0), slugs[slug])
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    ranked += _department_topics(question, {pk for pk, _ in ranked})
    return ranked + _similar_questions_topics(question, {pk for pk, _ in ranked})


def _similar_questions_topics(question: Question, taken: set[int]) -> list[tuple[int, float]]:
    """Last, the topics of the Similar Q&A the page shows (stored just before): what the readers of the closest
    questions were pointed to. Each one's first topic, then each one's second..., so the closest question's
    lesser topics do not push out the next one's main topic; only topics a question holds in its own right (a
    moderator's, or found for its text: score > 0), not those it borrowed from its own neighbours, which would
    chain one page's padding into the next. Scored below every other choice."""
    similar = list(SimilarQuestion.objects.filter(question=question).order_by("rank", "-score", "pk")
                   .values_list("similar_id", flat=True))
    own = Q(origin=LinkOrigin.MODERATOR) | Q(score__gt=0)
    by_question: dict[int, list[int]] = {}
    for question_id, topic_id in (QuestionTopic.objects.filter(own, question_id__in=similar)
                                  .order_by("rank", "pk").values_list("question_id", "topic_id")):
        by_question.setdefault(question_id, []).append(topic_id)
    kept: list[tuple[int, float]] = []
    for place in range(max((len(topics) for topics in by_question.values()), default=0)):
        for question_id in similar:
            topics = by_question.get(question_id, [])
            if place < len(topics) and topics[place] not in taken:
                taken.add(topics[place])
                kept.append((topics[place], 0.0))
    return kept


def _department_topics(question: Question, taken: set[int]) -> list[tuple[int, float]]:
    """The question's department's topics the search finds at TOPIC_FILL_MIN_SCORE, after every other one.

    Searched with the question alone: a reply names in passing what it rules out ("usually benign").
    """
    from askdoc.retrieval import search

    if question.department is None:
        return []
    hits = search("topics", f"{question.title}\n{question.body}"[:2000], k=MAX_TOPICS * 2,
                  filters={"department": question.department.slug})
    slugs = {h.key: h.score for h in hits if h.score >= TOPIC_FILL_MIN_SCORE}
    found = FaqTopic.objects.filter(slug__in=slugs, department=question.department).exclude(pk__in=taken)
    # Listed after every topic chosen by name or by the open search, best first.
    return sorted(((t.pk, slugs[t.slug]) for t in found), key=lambda item: (-item[1], item[0]))


def _distinct_names(scored: list[tuple[int, float]], taken: set[int]) -> list[tuple[int, float]]:
    """Drop topics already linked and topics named like a better one: a moderator's "Migraine" and the
    knowledge base's "Migraine" are one entry to a reader."""
    names = dict(FaqTopic.objects.filter(pk__in=[pk for pk, _ in scored] + list(taken)).values_list("pk", "name"))
    seen = {names.get(pk, "").casefold() for pk in taken}
    kept = []
    for pk, score in scored:
        name = names.get(pk, "").casefold()
        if pk in taken or name in seen:
            continue
        seen.add(name)
        kept.append((pk, score))
    return kept


@transaction.atomic
def topics_refresh(*, question: Question) -> int:
    """Replace the question's automatic Related FAQ links; returns how many were stored."""
    QuestionTopic.objects.filter(question=question, origin=LinkOrigin.AUTOMATIC).delete()
    manual = QuestionTopic.objects.filter(question=question)
    taken = set(manual.values_list("topic_id", flat=True))
    start = (manual.aggregate(top=Max("rank"))["top"] or 0) + 1 if taken else 0
    room = max(MAX_TOPICS - len(taken), 0)
    chosen = _distinct_names(related_topic_scores(question), taken)[:room]
    QuestionTopic.objects.bulk_create([
        QuestionTopic(question=question, topic_id=pk, score=round(score, 4), rank=start + i,
                      origin=LinkOrigin.AUTOMATIC)
        for i, (pk, score) in enumerate(chosen)
    ])
    return len(chosen)


@dataclass
class LinksSummary:
    similar: int
    topics: int


def links_refresh(*, question: Question) -> LinksSummary:
    return LinksSummary(similar=similar_refresh(question=question), topics=topics_refresh(question=question))


@transaction.atomic
def links_remove(*, question_id: int) -> None:
    """Drop the automatic links from and to a question that is no longer public."""
    SimilarQuestion.objects.filter(question_id=question_id, origin=LinkOrigin.AUTOMATIC).delete()
    SimilarQuestion.objects.filter(similar_id=question_id, origin=LinkOrigin.AUTOMATIC).delete()
    QuestionTopic.objects.filter(question_id=question_id, origin=LinkOrigin.AUTOMATIC).delete()
