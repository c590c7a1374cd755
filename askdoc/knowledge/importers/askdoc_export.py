"""Read back a file written by `askdoc export` (askdoc.qa.export): departments, doctors, topics and published
questions with their answers, "I agree" marks, topic and similar links and More Info, exactly as exported.

The text is the already-published (redacted) text, so it is not redacted again and no original is kept.
Doctors get an account with an unusable password: they sign their answers, they cannot log in; "verified"
is kept as the exporting site stated it. Re-importing the same file updates in place (questions by their key,
doctors and topics by slug), so the file that `askdoc export` writes afterwards is the one that was read.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.dateparse import parse_datetime

from askdoc.knowledge.importers.qa_archive import ArchiveError, QaSummary
from askdoc.qa.export import FORMAT
from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import (
    Agreement,
    Answer,
    Department,
    DoctorProfile,
    FaqTopic,
    FollowUp,
    LinkOrigin,
    Question,
    QuestionTopic,
    SimilarQuestion,
)

KEY_SOURCE_MAX = 60


def is_export(path: Path) -> bool:
    """Whether the file's first line is an askdoc export notice."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            first = json.loads(handle.readline() or "null")
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(first, dict) and first.get("type") == "notice" and first.get("format") == FORMAT


def _when(value, field: str):
    parsed = parse_datetime(value) if isinstance(value, str) else None
    if parsed is None:
        raise ValueError(f"{field} is not a date and time")
    return parsed


def _split_key(key) -> tuple[str, str]:
    source, _, external = str(key or "").partition(":")
    if not source or not external or len(source) > KEY_SOURCE_MAX or len(external) > 120:
        raise ValueError("key must look like source:id")
    return source, external


def _department(record: dict) -> Department:
    return Department.objects.update_or_create(slug=record["slug"], defaults={
        "name": record["name"], "description": record.get("description", ""), "position": record.get("position", 0)})[0]


def _doctor(record: dict, departments: dict[str, Department], summary: QaSummary) -> DoctorProfile:
    values = {"display_name": record["display_name"], "title": record.get("title", ""),
              "department": departments[record["department"]], "hospital": record.get("hospital", ""),
              "bio": record.get("bio", ""), "is_verified": bool(record.get("verified"))}
    doctor = DoctorProfile.objects.filter(slug=record["slug"]).first()
    if doctor is None:
        user = User(username=f"export-{record['slug']}"[:150], is_active=True)
        user.set_unusable_password()
        user.save()
        summary.doctors_created += 1
        return DoctorProfile.objects.create(user=user, slug=record["slug"], **values)
    for name, value in values.items():
        setattr(doctor, name, value)
    doctor.save()
    return doctor


def _topic(record: dict, departments: dict[str, Department]) -> None:
    FaqTopic.objects.update_or_create(slug=record["slug"], defaults={
        "name": record["name"], "department": departments[record["department"]],
        "synonyms": record.get("synonyms") or [], "description": record.get("description", ""),
        "semantic_group": record.get("semantic_group", ""),
        "origin": record.get("origin") or FaqTopic.Origin.MODERATOR})


def _question(record: dict, departments: dict[str, Department], doctors: dict[str, DoctorProfile],
              summary: QaSummary) -> Question:
    source, external = _split_key(record.get("key"))
    values = {
        "slug": record.get("slug", ""), "page_title": record.get("page_title", ""), "title": record.get("title", ""),
        "body": record["body"], "nickname": record.get("nickname", ""), "age_range": record.get("age_range", ""),
        "gender": record.get("gender", ""), "status": Question.Status.PUBLISHED,
        "department": departments[record["department"]] if record.get("department") else None,
        "asked_at": _when(record.get("asked_at"), "asked_at"),
        "published_at": _when(record.get("published_at"), "published_at"),
        "more_info": record.get("more_info") or {},
    }
    question, created = Question.objects.update_or_create(source=source, external_id=external, defaults=values)
    if created:
        summary.questions_created += 1
    else:
        summary.questions_updated += 1
    existing = {a.doctor_id: a for a in question.answers.all()}
    for item in record.get("answers") or []:
        doctor = doctors[item["doctor"]]
        fields = {"body": item["body"], "body_html": render_markdown(item["body"]), "is_published": True,
                  "replied_at": _when(item.get("replied_at"), "replied_at"),
                  "last_reviewed_at": _when(item.get("last_reviewed_at"), "last_reviewed_at")}
        answer = existing.get(doctor.pk)
        if answer is None:
            answer = Answer.objects.create(question=question, doctor=doctor, **fields)
            summary.answers_created += 1
        else:
            for name, value in fields.items():
                setattr(answer, name, value)
            answer.save()
            summary.answers_updated += 1
        Agreement.objects.filter(answer=answer).exclude(doctor__slug__in=item.get("agreed_by") or []).delete()
        for slug in item.get("agreed_by") or []:
            Agreement.objects.get_or_create(answer=answer, doctor=doctors[slug])
    _follow_up(question, record.get("follow_up"), doctors)
    QuestionTopic.objects.filter(question=question).delete()
    topics = {t.slug: t for t in FaqTopic.objects.filter(slug__in=[t["slug"] for t in record.get("topics") or []])}
    QuestionTopic.objects.bulk_create([
        QuestionTopic(question=question, topic=topics[link["slug"]], score=link.get("score", 0.0), rank=rank,
                      origin=link.get("origin") or LinkOrigin.AUTOMATIC)
        for rank, link in enumerate(record.get("topics") or []) if link.get("slug") in topics])
    return question


def _follow_up(question: Question, record, doctors: dict[str, DoctorProfile]) -> None:
    if not record:
        FollowUp.objects.filter(question=question).delete()
        return
    FollowUp.objects.update_or_create(question=question, defaults={
        "body": record["body"], "asked_at": _when(record.get("asked_at"), "follow_up.asked_at"),
        "answer_body": record["answer_body"], "answer_html": render_markdown(record["answer_body"]),
        "answered_by": doctors[record["answered_by"]],
        "answered_at": _when(record.get("answered_at"), "follow_up.answered_at")})


def _similar_links(question: Question, links: list, questions: dict[str, Question]) -> None:
    """Second pass: a similar question may come later in the file than the one that links to it."""
    SimilarQuestion.objects.filter(question=question).delete()
    SimilarQuestion.objects.bulk_create([
        SimilarQuestion(question=question, similar=questions[link["key"]], score=link.get("score", 0.0), rank=rank,
                        origin=link.get("origin") or LinkOrigin.AUTOMATIC)
        for rank, link in enumerate(links) if link.get("key") in questions])


def _records(path: Path):
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except ValueError:
                    yield number, None


def import_export(path: Path, *, progress=None) -> QaSummary:
    """Import every good record; bad ones are listed in the summary and skipped."""
    summary = QaSummary()
    pending_links: list[tuple[Question, list]] = []
    questions: dict[str, Question] = {}
    try:
        records = list(_records(Path(path)))
    except (OSError, UnicodeDecodeError) as error:
        raise ArchiveError(f"Cannot read {path}: {error}") from None
    departments = {d.slug: d for d in Department.objects.all()}
    doctors = {d.slug: d for d in DoctorProfile.objects.all()}
    with transaction.atomic():
        for number, record in records:
            summary.rows += 1
            kind = record.get("type") if isinstance(record, dict) else None
            try:
                with transaction.atomic():
                    if kind == "department":
                        department = _department(record)
                        departments[department.slug] = department
                    elif kind == "doctor":
                        doctor = _doctor(record, departments, summary)
                        doctors[doctor.slug] = doctor
                    elif kind == "topic":
                        _topic(record, departments)
                    elif kind == "question":
                        question = _question(record, departments, doctors, summary)
                        questions[record["key"]] = question
                        pending_links.append((question, record.get("similar") or []))
                        summary.question_ids.append(question.pk)
                        if progress:
                            progress(question)
                    elif kind != "notice":
                        raise ValueError("not a record of an askdoc export")
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                summary.bad_rows.append((number, f"{type(error).__name__}: {error}"))
        for question, links in pending_links:
            _similar_links(question, links, questions)
    summary.routed["given"] = len(questions)
    return summary
