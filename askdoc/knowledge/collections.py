"""What each retrieval collection indexes (used by `askdoc reindex` and by the knowledge engine's tasks).

- "kb": MedQuAD pairs that carry an answer (the removed-answer subsets cannot be cited), key = MedQuAD's id,
  text = the pair's question and its focus (the focus names the condition even when the question only says
  "it"), meta = source, url, focus, qtype.
- "questions": published questions, key = str(pk), text = page title, title, body and the first answer,
  meta = {"department": slug}.
- "topics": FAQ topics, key = slug, text = name and synonyms, meta = {"department": slug}.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from askdoc.knowledge.models import KbPair
from askdoc.knowledge.more_info_zh import CHINESE_SOURCES
from askdoc.qa.models import Answer, FaqTopic, Question
from askdoc.retrieval import Document

# Enough of a long answer to say what it is about; the whole answer would drown the question.
ANSWER_CHARS = 1500


def kb_documents() -> Iterator[Document]:
    # Documents written in Chinese are cited by their topic (more_info_zh), not found by the English encoder.
    pairs = (KbPair.objects.exclude(answer="").exclude(document__source__in=CHINESE_SOURCES).order_by("pk")
             .values_list("external_id", "question", "qtype", "document__focus", "document__source",
                          "document__url"))
    for external_id, question, qtype, focus, source, url in pairs.iterator(chunk_size=2000):
        yield Document(
            key=external_id, text=f"{question} {focus}".strip(),
            meta={"source": source, "url": url, "focus": focus, "qtype": qtype},
        )


def _first_answer(question: Question) -> str:
    answers = [a for a in question.answers.all() if a.is_published]
    return answers[0].body[:ANSWER_CHARS] if answers else ""


def question_document(question: Question) -> Document:
    parts = [question.page_title, question.title, question.body, _first_answer(question)]
    department = question.department.slug if question.department_id else ""
    return Document(key=str(question.pk), text="\n".join(p for p in parts if p), meta={"department": department})


def published_questions() -> Iterable[Question]:
    return (Question.objects.filter(status=Question.Status.PUBLISHED).select_related("department")
            .prefetch_related(_published_answers()).order_by("pk"))


def _published_answers():
    from django.db.models import Prefetch

    return Prefetch("answers", queryset=Answer.objects.filter(is_published=True).order_by("replied_at", "pk"))


def question_documents() -> Iterator[Document]:
    for question in published_questions().iterator(chunk_size=500):
        yield question_document(question)


def topic_document(topic: FaqTopic) -> Document:
    # The Chinese name too, so a Chinese search finds the topic.
    text = "; ".join(name for name in [topic.name, topic.name_zh_hant, *topic.synonyms] if name)
    return Document(key=topic.slug, text=text, meta={"department": topic.department.slug})


def topic_documents() -> Iterator[Document]:
    for topic in FaqTopic.objects.select_related("department").order_by("pk").iterator(chunk_size=2000):
        yield topic_document(topic)


COLLECTIONS: dict[str, Callable[[], Iterable[Document]]] = {
    "kb": kb_documents,
    "questions": question_documents,
    "topics": topic_documents,
}
