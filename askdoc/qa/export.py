"""The open export: all public content as JSONL, with a licence notice first (docs/lifecycle.md).

One record a line, each with a "type": notice, department, doctor, topic, question (with its answers, topic and
similar links and More Info with its sources). Only what the public pages show: no email, tracking token,
unredacted text, redactions, triage or licence number. Records are written in a fixed order and without an
export time, so exporting the same content twice gives the same file (the round-trip test relies on it).

A question's "key" is "<source>:<external id>" for imported questions and "askdoc:<id>" for questions asked here;
importing keeps it (source and external id), so a re-export of an imported file names questions the same way.
"""

import json
from collections.abc import Iterator

from django.conf import settings
from django.db.models import Prefetch, Q

from askdoc.qa.models import Answer, Department, DoctorProfile, FaqTopic, Question, QuestionTopic, SimilarQuestion

FORMAT = "askdoc-export/1"
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
PUBLISHED = Question.Status.PUBLISHED


def notice() -> dict:
    site = settings.ASKDOC_SITE_NAME
    return {
        "type": "notice", "format": FORMAT, "site": site, "site_url": settings.SITE_URL.rstrip("/"),
        "licence": LICENCE, "licence_url": LICENCE_URL,
        "text": (f"The questions, doctors' answers and More Info summaries of {site} are licensed under "
                 f"{LICENCE} ({LICENCE_URL}): share and adapt them, naming {site} and the answering doctor and "
                 "linking to the question's page. More Info sentences come from the sources listed with them, "
                 "which keep their own terms. The answers are general information, not a diagnosis."),
    }


def question_key(question: Question) -> str:
    if question.source and question.external_id:
        return f"{question.source}:{question.external_id}"
    return f"askdoc:{question.pk}"


def _time(value) -> str | None:
    return value.isoformat() if value else None


def _department(department: Department) -> dict:
    return {"type": "department", "slug": department.slug, "name": department.name,
            "description": department.description, "position": department.position}


def _doctor(doctor: DoctorProfile) -> dict:
    return {"type": "doctor", "slug": doctor.slug, "display_name": doctor.display_name, "title": doctor.title,
            "department": doctor.department.slug, "hospital": doctor.hospital, "bio": doctor.bio,
            "verified": doctor.is_verified}


def _topic(topic: FaqTopic) -> dict:
    synonyms = topic.synonyms if isinstance(topic.synonyms, list) else []
    return {"type": "topic", "slug": topic.slug, "name": topic.name, "department": topic.department.slug,
            "synonyms": synonyms, "description": topic.description, "semantic_group": topic.semantic_group,
            "origin": topic.origin}


def _answer(answer: Answer) -> dict:
    return {"doctor": answer.doctor.slug, "body": answer.body, "replied_at": _time(answer.replied_at),
            "last_reviewed_at": _time(answer.last_reviewed_at),
            "agreed_by": sorted(d.slug for d in answer.agreed_by.all())}


def _question(question: Question, keys: dict[int, str]) -> dict:
    return {
        "type": "question", "key": keys[question.pk], "slug": question.slug, "page_title": question.page_title,
        "title": question.title, "body": question.body, "nickname": question.nickname,
        "age_range": question.age_range, "gender": question.gender,
        "department": question.department.slug if question.department else None,
        "asked_at": _time(question.asked_at), "published_at": _time(question.published_at),
        "answers": [_answer(a) for a in question.public_answers],  # type: ignore[attr-defined]  # prefetched
        "topics": [{"slug": link.topic.slug, "score": link.score, "origin": link.origin}
                   for link in question.topic_links.all()],
        "similar": [{"key": keys[link.similar_id], "score": link.score, "origin": link.origin}
                    for link in question.similar_links.all() if link.similar_id in keys],
        "more_info": question.more_info or {},
        "follow_up": _follow_up(question),
    }


def _follow_up(question: Question) -> dict | None:
    follow_up = getattr(question, "follow_up", None)
    if follow_up is None or not follow_up.is_answered:
        return None
    return {"body": follow_up.body, "asked_at": _time(follow_up.asked_at), "answer_body": follow_up.answer_body,
            "answered_by": follow_up.answered_by.slug, "answered_at": _time(follow_up.answered_at)}


def _questions():
    answers = Answer.objects.filter(is_published=True).select_related("doctor").prefetch_related("agreed_by")
    return (
        Question.objects.filter(status=PUBLISHED).select_related("department", "follow_up__answered_by")
        .order_by("pk")
        .prefetch_related(
            Prefetch("answers", queryset=answers.order_by("replied_at", "pk"), to_attr="public_answers"),
            Prefetch("topic_links", queryset=QuestionTopic.objects.select_related("topic").order_by("rank", "pk")),
            Prefetch("similar_links", queryset=SimilarQuestion.objects.order_by("rank", "pk")),
        )
    )


def export_records() -> Iterator[dict]:
    """Every public record, in the file's order."""
    yield notice()
    for department in Department.objects.order_by("position", "slug"):
        yield _department(department)
    authors = Answer.objects.filter(is_published=True, question__status=PUBLISHED).values("doctor")
    doctors = DoctorProfile.objects.filter(Q(is_verified=True) | Q(pk__in=authors)).select_related("department")
    for doctor in doctors.order_by("slug"):
        yield _doctor(doctor)
    for topic in FaqTopic.objects.select_related("department").order_by("slug"):
        yield _topic(topic)
    published = Question.objects.filter(status=PUBLISHED)
    keys = {pk: question_key(Question(pk=pk, source=source, external_id=external))
            for pk, source, external in published.values_list("pk", "source", "external_id")}
    for question in _questions().iterator(chunk_size=500):
        yield _question(question, keys)


def export_lines() -> Iterator[str]:
    for record in export_records():
        yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
