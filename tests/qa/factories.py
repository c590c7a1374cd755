"""Small helpers that build public-page data straight through the ORM (no workflow services)."""

import itertools
from datetime import datetime

from django.utils import timezone
from django.utils.text import slugify

from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import (
    Agreement,
    Answer,
    Department,
    DoctorProfile,
    FaqTopic,
    Question,
    QuestionTopic,
    SimilarQuestion,
)

_numbers = itertools.count(1)


def make_question(department: Department | None, *, status: str = Question.Status.PUBLISHED, **fields) -> Question:
    n = next(_numbers)
    defaults = {
        "nickname": "Yucheng",
        "age_range": "10~19",
        "gender": "female",
        "title": f"Wrist twitching {n}?",
        "page_title": f"Involuntary Wrist Twitches {n}: Causes and Insights",
        "body": "About a week ago my wrist started to twitch.\nIt happens after lifting heavy objects.",
        "asked_at": timezone.make_aware(datetime(2020, 3, 26, 9, 0)),
        "email": f"asker{n}@example.org",
        "original_body": f"My name is Secret Person {n}, my wrist twitches.",
    }
    defaults.update(fields)
    question = Question(department=department, status=status, **defaults)
    if not question.slug:
        question.slug = slugify(question.page_title or question.title)[:100] or "question"
    if status == Question.Status.PUBLISHED and not question.published_at:
        question.published_at = question.asked_at
    question.save()
    return question


def add_answer(question: Question, doctor: DoctorProfile, body: str = "Hello: it may be **muscle fatigue**.",
               *, published: bool = True, replied_at: datetime | None = None) -> Answer:
    return Answer.objects.create(
        question=question,
        doctor=doctor,
        body=body,
        body_html=render_markdown(body),
        replied_at=replied_at or question.asked_at,
        is_published=published,
    )


def make_published_question(department: Department, doctor: DoctorProfile, **fields) -> Question:
    question = make_question(department, **fields)
    add_answer(question, doctor)
    return question


def agree(answer: Answer, doctor: DoctorProfile) -> Agreement:
    return Agreement.objects.create(answer=answer, doctor=doctor)


def make_topic(name: str, department: Department, **fields) -> FaqTopic:
    return FaqTopic.objects.create(name=name, slug=slugify(name), department=department, **fields)


def link_topic(question: Question, topic: FaqTopic, rank: int = 0) -> QuestionTopic:
    return QuestionTopic.objects.create(question=question, topic=topic, rank=rank)


def link_similar(question: Question, similar: Question, rank: int = 0) -> SimilarQuestion:
    return SimilarQuestion.objects.create(question=question, similar=similar, rank=rank, score=1.0 - rank / 10)


MORE_INFO = {
    "status": "ok",
    "method": "extractive",
    "generated_at": "2026-11-24T10:00:00+00:00",
    "sections": [
        {"heading": "Common causes", "sentences": [
            {"text": "Muscle cramps often follow heavy exercise.", "sources": [0]},
            {"text": "Low potassium can cause twitches.", "sources": [0, 1]},
        ]},
        {"heading": "When to see a doctor", "sentences": [
            {"text": "See a doctor if the twitching spreads.", "sources": [1]},
        ]},
    ],
    "sources": [
        {"name": "MedlinePlus", "title": "Muscle cramps", "url": "https://medlineplus.gov/musclecramps.html",
         "external_id": "A1"},
        {"name": "NINDS", "title": "Fasciculations", "url": "https://www.ninds.nih.gov/fasciculations",
         "external_id": "B2"},
    ],
}
