"""Import an archive of answered questions (JSON list, JSONL or CSV), as in ../shared/data/community_qa/*.json.

Decisions (docs/knowledge.md):
- Rows with the same `url` (or, without one, the same question text) are one question with several answers,
  one per doctor; a doctor's repeated answers to it are joined. A question's external_id is a hash of its url
  (or text), source = the file's stem, so re-running updates in place.
- Doctors are created from `answer_author` ("Dr. Ayman Darrag" -> "Ayman Darrag"); rows without one are
  answered by one "unnamed" doctor per web site. Imported doctors are NOT verified (askdoc never checked their
  licence) and get an unusable password: they exist to sign their archived answers, not to log in. Their
  department is the one most of their answers went to.
- Department: the row's `department` (slug or name); else askdoc.intake.analysis.analyze_question's; else the
  department of the FAQ topics its tags name (most votes); else family-medicine.
- The asker: nickname "Anonymous"; age range and gender only when the asker states them ("I am a 24 year old
  female"), else gender "undisclosed" and age range "" (not stated: nothing is invented).
- Text is redacted with askdoc.intake.analysis.redact before it is published; the original stays for moderators
  until the retention period ends, as for questions asked on askdoc.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth.models import User
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.text import slugify

from askdoc.intake import analysis
from askdoc.knowledge.linking import phrase_key
from askdoc.qa.languages import detect_language
from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import Answer, Department, DoctorProfile, FaqTopic, Question
from askdoc.qa.services import question_slug

FALLBACK_DEPARTMENT = "family-medicine"
NICKNAME = "Anonymous"
TITLE_MAX = 200
_DOCTOR_PREFIX = re.compile(r"^\s*dr\.?\s*", re.IGNORECASE)
_SELF_AGE = re.compile(
    r"\bI(?:\s+am|'m|\s+m)\s+(?:an?\s+)?(\d{1,3})\s*[- ]?\s*(?:years?|yrs?|yo)\b(?:[- ]old)?"
    r"(?:\s+(female|male|woman|man|girl|boy|lady|guy))?", re.IGNORECASE)
_FEMALE = {"female", "woman", "girl", "lady"}


class ArchiveError(Exception):
    """The file cannot be read at all."""


@dataclass
class Row:
    number: int
    title: str
    body: str
    answer: str
    doctor: str
    tags: list[str]
    department: str
    url: str
    asked_at: datetime | None
    replied_at: datetime | None


@dataclass
class Group:
    key: str
    rows: list[Row] = field(default_factory=list)
    department: Department | None = None
    routed_by: str = ""


@dataclass
class QaSummary:
    rows: int = 0
    questions_created: int = 0
    questions_updated: int = 0
    answers_created: int = 0
    answers_updated: int = 0
    doctors_created: int = 0
    bad_rows: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)
    routed: Counter = field(default_factory=Counter)  # "given" / "analysis" / "tags" / "fallback"
    question_ids: list[int] = field(default_factory=list)


# --- reading ------------------------------------------------------------------------------------


def read_records(path: Path) -> list[dict]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ArchiveError(f"Cannot read {path}: {error}") from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return list(csv.DictReader(text.splitlines()))
    if suffix == ".jsonl":
        return [_json_line(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ArchiveError(f"{path.name} is not valid JSON: {error}") from None
    if not isinstance(data, list):
        raise ArchiveError(f"{path.name} must hold a JSON list of question objects.")
    return data


def _json_line(number: int, line: str):
    try:
        return json.loads(line)
    except ValueError:
        return {"__error__": "not valid JSON"}


def _text(value) -> str:
    """Trimmed text with its line breaks kept (question_text fields come padded with tabs and CRs)."""
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise ValueError("a text field holds a list or object")
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _tags(value) -> list[str]:
    if isinstance(value, list):
        return [str(t).strip() for t in value if str(t).strip()]
    if isinstance(value, str):
        return [t.strip() for t in re.split(r"[,;|]", value) if t.strip()]
    return []


def _date(value, field_name: str) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    moment = parse_datetime(text)
    if moment is None:
        day = parse_date(text[:10].replace("/", "-"))
        if day is None:
            raise ValueError(f"{field_name} is not a date: {text[:40]!r}")
        moment = datetime(day.year, day.month, day.day, 12, 0)
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def parse_row(number: int, record) -> Row:
    """One archive row; raises ValueError with the reason when it cannot be imported."""
    if not isinstance(record, dict):
        raise ValueError("not an object")
    if "__error__" in record:
        raise ValueError(record["__error__"])
    title = _text(record.get("question") or record.get("title"))
    body = _text(record.get("question_text") or record.get("body"))
    answer = _text(record.get("answer"))
    if not (title or body):
        raise ValueError("no question text")
    if not body:
        # Only one text (eHealth Forum): it is the body; a long one makes a poor title.
        body, title = title, title if len(title) <= 120 else ""
    if not answer:
        raise ValueError("no answer")
    return Row(
        number=number, title=title[:TITLE_MAX], body=body, answer=answer,
        doctor=_text(record.get("answer_author") or record.get("doctor") or record.get("doctor_name")),
        tags=_tags(record.get("tags")), department=_text(record.get("department")), url=_text(record.get("url")),
        asked_at=_date(record.get("asked_at") or record.get("ask_date") or record.get("date"), "the ask date"),
        replied_at=_date(record.get("replied_at") or record.get("reply_date") or record.get("answered_at"),
                         "the reply date"),
    )


def group_rows(rows: list[Row]) -> list[Group]:
    groups: dict[str, Group] = {}
    for row in rows:
        key = row.url or " ".join(row.body.lower().split())
        groups.setdefault(key, Group(key=key)).rows.append(row)
    return list(groups.values())


def external_id(key: str) -> str:
    return "q-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


# --- deciding -------------------------------------------------------------------------------------


class Router:
    """The department of a question: given, by the ask-flow analysis, by its tags' topics, or the fallback."""

    def __init__(self) -> None:
        self.departments = {d.slug: d for d in Department.objects.all()}
        self.by_name = {d.name.lower(): d for d in self.departments.values()}
        self.topic_departments: dict[tuple[str, ...], int] = {}
        for name, synonyms, department_id in FaqTopic.objects.values_list("name", "synonyms", "department_id"):
            for phrase in [name, *(synonyms or [])]:
                self.topic_departments.setdefault(phrase_key(str(phrase)), department_id)
        self.by_id = {d.pk: d for d in self.departments.values()}

    def route(self, group: Group) -> tuple[Department, str]:
        for row in group.rows:
            given = self.departments.get(row.department.lower()) or self.by_name.get(row.department.lower())
            if given:
                return given, "given"
        first = group.rows[0]
        suggested = analysis.analyze_question(f"{first.title}\n\n{first.body}").department
        if suggested in self.departments:
            return self.departments[suggested], "analysis"
        votes = Counter(
            self.topic_departments[phrase_key(tag)]
            for row in group.rows for tag in row.tags if phrase_key(tag) in self.topic_departments
        )
        if votes:
            return self.by_id[votes.most_common(1)[0][0]], "tags"
        return self.departments.get(FALLBACK_DEPARTMENT) or next(iter(self.departments.values())), "fallback"


def asker_details(text: str) -> tuple[str, str]:
    """(age range, gender) when the asker states them ("I am a 24 year old female"), else ("", "undisclosed")."""
    match = _SELF_AGE.search(text)
    if not match:
        return "", Question.Gender.UNDISCLOSED
    age = int(match.group(1))
    age_range = "" if age > 120 else ("80+" if age >= 80 else f"{age // 10 * 10}~{age // 10 * 10 + 9}")
    word = (match.group(2) or "").lower()
    gender = Question.Gender.FEMALE if word in _FEMALE else Question.Gender.MALE if word else \
        Question.Gender.UNDISCLOSED
    return age_range, gender


def doctor_name(row: Row, source: str) -> str:
    name = _DOCTOR_PREFIX.sub("", row.doctor).strip(" .")
    if name:
        return name[:100]
    site = urlparse(row.url).netloc.removeprefix("www.") if row.url else ""
    return f"unnamed, {site or source}"[:100]


# --- writing ---------------------------------------------------------------------------------------


def _redacted(text: str) -> tuple[str, list]:
    redacted, identifiers = analysis.redact(text)
    return redacted, identifiers


def doctors_ensure(groups: list[Group], source: str, summary: QaSummary) -> dict[str, DoctorProfile]:
    """One DoctorProfile per doctor name, in the department most of their answers went to."""
    departments: dict[str, Counter] = defaultdict(Counter)
    for group in groups:
        for row in group.rows:
            departments[doctor_name(row, source)][group.department.pk] += 1
    by_id = {d.pk: d for d in Department.objects.all()}
    doctors = {}
    for name, votes in departments.items():
        username = f"import-{slugify(name)[:140] or 'doctor'}"
        doctor = DoctorProfile.objects.filter(user__username=username).first()
        if doctor is None:
            with transaction.atomic():
                user = User(username=username, is_active=True)
                user.set_unusable_password()
                user.save()
                doctor = DoctorProfile.objects.create(
                    user=user, slug=_free_slug(slugify(name)[:100] or "doctor"), display_name=name,
                    department=by_id[votes.most_common(1)[0][0]], is_verified=False,
                    bio="Imported with an archive of answered questions; licence not verified by askdoc.",
                )
            summary.doctors_created += 1
        doctors[name] = doctor
    return doctors


def _free_slug(base: str) -> str:
    slug, n = base, 1
    while DoctorProfile.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def question_save(group: Group, *, source: str, doctors: dict[str, DoctorProfile], summary: QaSummary) -> Question:
    first = group.rows[0]
    title, title_ids = _redacted(first.title)
    body, body_ids = _redacted(first.body)
    age_range, gender = asker_details(first.body)
    now = timezone.now()
    replied = min((r.replied_at for r in group.rows if r.replied_at), default=None)
    asked = first.asked_at or replied
    redactions = [{"field": f, "type": i.type, "start": i.start, "end": i.end, "text": i.text}
                  for f, ids in (("title", title_ids), ("body", body_ids)) for i in ids]
    values = {
        "title": title[:TITLE_MAX], "body": body, "nickname": NICKNAME, "age_range": age_range, "gender": gender,
        "department": group.department, "status": Question.Status.PUBLISHED,
        "original_title": first.title, "original_body": first.body, "redactions": redactions,
        "language": detect_language(f"{first.title}\n{first.body}"),
    }
    question = Question.objects.filter(source=source, external_id=external_id(group.key)).first()
    if question is None:
        question = Question(source=source, external_id=external_id(group.key), asked_at=asked or now,
                            published_at=replied or asked or now, **values)
        question.original_purge_after = now + timedelta(days=settings.ASKDOC_ORIGINAL_RETENTION_DAYS)
        summary.questions_created += 1
    else:
        for name, value in values.items():
            setattr(question, name, value)
        if asked:
            question.asked_at = asked
        if replied or asked:
            question.published_at = replied or asked
        summary.questions_updated += 1
    question.slug = question_slug(question)
    question.save()
    answers_save(question, group, source=source, doctors=doctors, summary=summary)
    return question


def answers_save(question: Question, group: Group, *, source: str, doctors: dict[str, DoctorProfile],
                 summary: QaSummary) -> None:
    texts: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, datetime | None] = {}
    for row in group.rows:
        name = doctor_name(row, source)
        if row.answer not in texts[name]:
            texts[name].append(row.answer)
        dates.setdefault(name, row.replied_at)
    existing = {a.doctor_id: a for a in question.answers.all()}
    for name, parts in texts.items():
        doctor = doctors[name]
        body = _redacted("\n\n".join(parts))[0]
        replied = dates[name] or question.published_at
        answer = existing.get(doctor.pk)
        if answer is None:
            Answer.objects.create(question=question, doctor=doctor, body=body, body_html=render_markdown(body),
                                  language=detect_language(body, default=question.language),
                                  replied_at=replied, last_reviewed_at=replied, is_published=True)
            summary.answers_created += 1
        elif answer.body != body or not answer.is_published:
            answer.body, answer.body_html, answer.is_published = body, render_markdown(body), True
            answer.save(update_fields=["body", "body_html", "is_published"])
            summary.answers_updated += 1


def import_archive(path: Path, *, progress=None) -> QaSummary:
    """Import every good row of the file; bad rows are listed in the summary and skipped.

    A file written by `askdoc export` is read back as it was exported (askdoc_export)."""
    from askdoc.knowledge.importers import askdoc_export

    path = Path(path)
    if askdoc_export.is_export(path):
        return askdoc_export.import_export(path, progress=progress)
    source = path.stem[:60]
    summary = QaSummary()
    rows = []
    for number, record in enumerate(read_records(path), start=1):
        summary.rows += 1
        try:
            rows.append(parse_row(number, record))
        except ValueError as error:
            summary.bad_rows.append((number, str(error)))
    groups = group_rows(rows)
    router = Router()
    for group in groups:
        group.department, group.routed_by = router.route(group)
    doctors = doctors_ensure(groups, source, summary)
    for group in groups:
        try:
            question = question_save(group, source=source, doctors=doctors, summary=summary)
        except DatabaseError as error:
            for row in group.rows:
                summary.bad_rows.append((row.number, f"could not be saved: {error}"))
            continue
        summary.routed[group.routed_by] += 1
        summary.question_ids.append(question.pk)
        if progress:
            progress(group)
    return summary
