"""Reads for the public pages and the API.

Every selector fetches what its page shows in a fixed number of queries (select_related for the
single-valued relations, prefetch_related for lists), so a page costs the same number of queries with
ten questions as with ten thousand; tests/qa/test_query_counts.py holds us to that.
"""

import html
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from askdoc.qa.models import (
    Answer,
    Department,
    DoctorProfile,
    FaqTopic,
    Question,
    QuestionTopic,
    QuestionTranslation,
    SimilarQuestion,
)

PUBLISHED = Question.Status.PUBLISHED
SIMILAR_ON_PAGE = 4
TOPICS_ON_PAGE = 10
PER_PAGE = 20
EXCERPT_CHARS = 200

_SPACES = re.compile(r"\s+")
_SLUG = re.compile(r"[-\w]{1,220}")


def is_slug(value: str | None) -> bool:
    """Whether value can be a slug at all; PostgreSQL rejects some strings (NUL bytes) with an error."""
    return bool(value) and _SLUG.fullmatch(value) is not None


# --- text helpers (pure functions, shared by the templates and the API) ---------------------


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The text on one line, cut at a word boundary with "..." when longer than limit."""
    flat = _SPACES.sub(" ", text or "").strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-") + "..."


def answer_text(answer: Answer) -> str:
    """An answer as plain text (from its sanitised HTML, so Markdown marks do not show)."""
    if answer.body_html:
        return html.unescape(strip_tags(answer.body_html))
    return answer.body


def asker_description(question: Question) -> str:
    """`Yucheng, 10~19 year old female` (「Yucheng，10~19歲，女性」) — age and gender left out when the asker
    did not give them (imported archives often have neither)."""
    gender = question.get_gender_display() if question.gender in (Question.Gender.FEMALE, Question.Gender.MALE) else ""
    age = question.age_range
    if age and gender:
        about = _("{age} year old {gender}").format(age=age, gender=gender)
    elif age:
        about = _("{age} year old").format(age=age)
    else:
        about = str(gender)
    nickname = question.nickname or ("…" if question.redaction_pending else "")  # not redacted yet: not shown
    return _("{nickname}, {about}").format(nickname=nickname, about=about) if about else nickname


def asker_line(question: Question) -> str:
    return _("{asker}. Ask Date: {date}").format(asker=asker_description(question),
                                                 date=f"{question.asked_at:%Y/%m/%d}")


# --- querysets -----------------------------------------------------------------------------


# Lists never show these; not loading them keeps list pages light (more_info can be kilobytes of JSON)
# and private text out of memory it has no business in.
LIST_DEFERRED = ["more_info", "original_title", "original_body", "redactions", "triage", "emergency_reasons",
                 "email", "tracking_token", "rejection_reason"]


def published_questions() -> QuerySet[Question]:
    return Question.objects.filter(status=PUBLISHED).select_related("department").defer(*LIST_DEFERRED)


def published_answers() -> QuerySet[Answer]:
    return Answer.objects.filter(is_published=True).select_related("doctor__department")


def verified_doctors() -> QuerySet[DoctorProfile]:
    return DoctorProfile.objects.filter(is_verified=True).select_related("department")


def departments_with_counts() -> QuerySet[Department]:
    return Department.objects.annotate(answered_count=Count("questions", filter=Q(questions__status=PUBLISHED)))


def paginate(queryset: QuerySet | list, page_number, per_page: int = PER_PAGE) -> Page:
    # get_page turns "abc", "-1" and "9999" into a valid page instead of an error.
    return Paginator(queryset, per_page).get_page(page_number)


# --- the answered-question page ------------------------------------------------------------


def question_brief(pk: int) -> Question | None:
    """What deciding who may see a question's page needs (one cheap query); its parts come from the page cache
    or from question_for_page."""
    return Question.objects.only("pk", "slug", "status", "department_id").filter(pk=pk).first()


def question_for_page(pk: int) -> Question | None:
    """The question with everything its page shows, whatever its status (the view decides who sees it)."""
    similar_links = (
        SimilarQuestion.objects.filter(similar__status=PUBLISHED)
        .select_related("similar__department")
        .defer(*(f"similar__{name}" for name in LIST_DEFERRED))
        .prefetch_related(Prefetch("similar__answers", queryset=published_answers(), to_attr="public_answers"))
        .order_by("rank", "-score", "pk")
    )
    topic_links = QuestionTopic.objects.select_related("topic__department").order_by("rank", "-score", "pk")
    answers = published_answers().prefetch_related(
        Prefetch("agreed_by", queryset=DoctorProfile.objects.order_by("display_name"))
    )
    return (
        Question.objects.select_related("department", "follow_up__answered_by")
        .prefetch_related(
            Prefetch("answers", queryset=answers, to_attr="public_answers"),
            Prefetch("similar_links", queryset=similar_links[:SIMILAR_ON_PAGE], to_attr="public_similar"),
            Prefetch("topic_links", queryset=topic_links[:TOPICS_ON_PAGE], to_attr="public_topics"),
            Prefetch("translations", queryset=QuestionTranslation.objects.select_related("approved_by"),
                     to_attr="page_translations"),
        )
        .filter(pk=pk)
        .first()
    )


@dataclass
class SimilarItem:
    question: Question
    question_excerpt: str
    answer: Answer | None
    answer_excerpt: str


@dataclass
class MoreInfo:
    status: str  # "ok" (a stored "nothing_relevant" is not shown at all)
    intro: list[dict] = field(default_factory=list)  # [{"text", "markers": [n]}]
    sections: list[dict] = field(default_factory=list)  # [{"heading", "sentences": [...]}]
    sources: list[dict] = field(default_factory=list)  # [{"number", "name", "title", "url"}]
    method: str = ""


def public_follow_up(question: Question):
    """The asker's follow-up, once its doctor answered it (loaded with the page's question)."""
    follow_up = getattr(question, "follow_up", None)
    return follow_up if follow_up is not None and follow_up.is_answered else None


def similar_items(question: Question) -> list[SimilarItem]:
    items = []
    for link in getattr(question, "public_similar", []):
        answers = link.similar.public_answers
        first = answers[0] if answers else None
        items.append(
            SimilarItem(
                question=link.similar,
                question_excerpt=excerpt(link.similar.body),
                answer=first,
                answer_excerpt=excerpt(answer_text(first)) if first else "",
            )
        )
    return items


def _sentences(raw, source_count: int) -> list[dict]:
    """Sentences with their 1-based source markers; tolerant of a moderator's hand-edited JSON."""
    if isinstance(raw, str):
        raw = [{"text": raw, "sources": []}]
    sentences = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict) or not str(item.get("text", "")).strip():
            continue
        indexes = item.get("sources", item.get("source", []))
        if not isinstance(indexes, list):
            indexes = [indexes]
        markers = [i + 1 for i in indexes if isinstance(i, int) and 0 <= i < source_count]
        sentences.append({"text": str(item["text"]).strip(), "markers": sorted(set(markers))})
    return sentences


def more_info_for_page(data) -> MoreInfo | None:
    """The stored More Info (see the contract), cleaned for display; None when there is nothing to show.

    "nothing_relevant" shows nothing at all: a card saying no source matched reads like a failed search.
    """
    if not isinstance(data, dict) or not data or data.get("status") == "nothing_relevant":
        return None
    raw_sources = data.get("sources") if isinstance(data.get("sources"), list) else []
    sources = [
        {
            "number": n,
            "name": str(s.get("name", "")),
            "title": str(s.get("title", "")),
            "url": str(s.get("url", "")) if str(s.get("url", "")).startswith(("https://", "http://")) else "",
        }
        for n, s in enumerate((s if isinstance(s, dict) else {} for s in raw_sources), start=1)
    ]
    sections = []
    for section in data.get("sections") if isinstance(data.get("sections"), list) else []:
        if not isinstance(section, dict):
            continue
        sentences = _sentences(section.get("sentences", []), len(sources))
        if sentences:
            sections.append({"heading": str(section.get("heading", "")), "sentences": sentences})
    intro = _sentences(data.get("intro", []), len(sources))
    if not sections and not intro:
        return None
    return MoreInfo(status="ok", intro=intro, sections=sections, sources=sources, method=str(data.get("method", "")))


def source_keys(more_info) -> list[str]:
    """What identifies More Info's sources (their address, else name and title), sorted: when this changes after
    a doctor reviewed the answer, the answer is due for another review."""
    sources = more_info.get("sources") if isinstance(more_info, dict) else None
    if not isinstance(sources, list):
        return []
    keys = {str(s.get("url") or f"{s.get('name', '')}: {s.get('title', '')}") for s in sources if isinstance(s, dict)}
    return sorted(keys)


@dataclass
class ReviewDue:
    answer: Answer
    reasons: list[str]


def _review_reasons(reviewed_at, reviewed_sources, sources, now) -> list[str]:
    reasons = []
    if reviewed_at < now - timedelta(days=settings.ASKDOC_REREVIEW_DAYS):
        reasons.append(f"last reviewed more than {settings.ASKDOC_REREVIEW_DAYS} days ago")
    if reviewed_sources is not None and source_keys({"sources": sources}) != reviewed_sources:
        reasons.append("the sources of its More Info changed")
    return reasons


def review_reasons(answer: Answer, *, now=None) -> list[str]:
    """Why this published answer is due for a review (an empty list when it is not)."""
    if not answer.is_published or answer.question.status != PUBLISHED:
        return []
    sources = (answer.question.more_info or {}).get("sources") if isinstance(answer.question.more_info, dict) else None
    return _review_reasons(answer.last_reviewed_at, answer.reviewed_sources, sources, now or timezone.now())


def answers_due_for_review(doctor: DoctorProfile, *, now=None) -> list[ReviewDue]:
    """The doctor's published answers to re-review: last reviewed more than ASKDOC_REREVIEW_DAYS ago, or the
    sources More Info cites next to them changed since. Oldest review first."""
    now = now or timezone.now()
    # Only the sources' part of More Info is read, not the whole document (it can be kilobytes per question).
    rows = (Answer.objects.filter(doctor=doctor, is_published=True, question__status=PUBLISHED)
            .values_list("pk", "last_reviewed_at", "reviewed_sources", "question__more_info__sources"))
    due = {pk: reasons for pk, *fields in rows if (reasons := _review_reasons(*fields, now))}
    answers = Answer.objects.filter(pk__in=due).select_related("question__department").defer(
        *(f"question__{name}" for name in LIST_DEFERRED)).order_by("last_reviewed_at", "pk")
    return [ReviewDue(answer=a, reasons=due[a.pk]) for a in answers]


def related_topics(question: Question) -> list[FaqTopic]:
    return [link.topic for link in getattr(question, "public_topics", [])]


def department_by_slug(slug: str | None) -> Department | None:
    return Department.objects.filter(slug=slug).first() if is_slug(slug) else None


def topic_by_slug(slug: str | None) -> FaqTopic | None:
    return FaqTopic.objects.select_related("department").filter(slug=slug).first() if is_slug(slug) else None


def verified_doctor_by_slug(slug: str | None) -> DoctorProfile | None:
    return verified_doctors().filter(slug=slug).first() if is_slug(slug) else None


# --- lists for the other public pages ------------------------------------------------------


def latest_answered(limit: int = PER_PAGE) -> list[Question]:
    return list(published_questions().order_by("-published_at", "-pk")[:limit])


def department_questions(department: Department) -> QuerySet[Question]:
    return published_questions().filter(department=department).order_by("-published_at", "-pk")


def department_topics(department: Department, limit: int = 60) -> list[FaqTopic]:
    return list(department.topics.order_by("name")[:limit])


def department_doctors(department: Department) -> list[DoctorProfile]:
    return list(verified_doctors().filter(department=department).order_by("display_name"))


def topic_questions(topic: FaqTopic) -> QuerySet[Question]:
    return published_questions().filter(topic_links__topic=topic).order_by("-published_at", "-pk")


def topics_index(*, letter: str = "", department: Department | None = None) -> QuerySet[FaqTopic]:
    topics = FaqTopic.objects.select_related("department").order_by("name")
    if department is not None:
        topics = topics.filter(department=department)
    if letter == "#":
        topics = topics.exclude(name__regex=r"^[A-Za-z]")
    elif len(letter) == 1 and letter.isascii() and letter.isalpha():
        topics = topics.filter(name__istartswith=letter)
    return topics


def doctor_questions(doctor: DoctorProfile) -> QuerySet[Question]:
    """Published questions the doctor answered (with a published answer), newest first."""
    return (
        published_questions()
        .filter(answers__doctor=doctor, answers__is_published=True)
        .order_by("-published_at", "-pk")
        .distinct()
    )


def with_answers(questions) -> list[Question]:
    """Load published answers for a page of questions in one query (for reply excerpts)."""
    questions = list(questions)
    prefetch_related_objects(
        questions, Prefetch("answers", queryset=published_answers(), to_attr="public_answers")
    )
    return questions


# Auto-routed questions stay on the moderators' radar this long after they were asked.
ROUTED_WINDOW = timedelta(days=14)


def moderation_tabs() -> dict[str, tuple[str, QuerySet[Question]]]:
    """The moderation queue's tabs: key -> (label, questions), emergencies first."""
    base = Question.objects.select_related("department").order_by("-is_emergency", "asked_at")
    routed_since = timezone.now() - ROUTED_WINDOW
    return {
        "pending": (_("Awaiting moderation"), base.filter(status=Question.Status.PENDING)),
        "routed": (_("Auto-routed"), base.filter(status__in=[Question.Status.QUEUED, Question.Status.CLAIMED],
                                              asked_at__gte=routed_since, audit__action="auto_routed").distinct()),
        "rejected": (_("Rejected"), base.filter(status=Question.Status.REJECTED).order_by("-asked_at")),
        "published": (_("Published"), base.filter(status=PUBLISHED).order_by("-published_at")),
    }


def page_title(question: Question) -> str:
    return question.page_title or question.title or excerpt(question.body, 80)


def last_review(question: Question) -> Answer | None:
    """The published answer a doctor reviewed (wrote, edited or re-confirmed) most recently."""
    answers = getattr(question, "public_answers", [])
    return max(answers, key=lambda a: (a.last_reviewed_at, a.pk), default=None)


def question_structured_data(question: Question, url: str) -> dict:
    """schema.org for search engines: a QAPage (the question and its doctors' answers) that is also a
    MedicalWebPage saying which doctor last reviewed it, and when."""
    answers = [
        {
            "@type": "Answer",
            "text": answer_text(answer),
            "dateCreated": answer.replied_at.isoformat(),
            "upvoteCount": len(answer.agreed_by.all()),
            "url": f"{url}#answer-{answer.pk}",
            "author": {"@type": "Person", "name": f"Dr. {answer.doctor.display_name}"},
        }
        for answer in getattr(question, "public_answers", [])
    ]
    main = {
        "@type": "Question",
        "name": page_title(question),
        "text": question.body,
        "dateCreated": question.asked_at.isoformat(),
        "author": {"@type": "Person", "name": question.nickname},
        "answerCount": len(answers),
    }
    if answers:
        main["acceptedAnswer"] = answers[0]
        if len(answers) > 1:
            main["suggestedAnswer"] = answers[1:]
    from askdoc.qa.languages import html_lang

    data = {"@context": "https://schema.org", "@type": ["QAPage", "MedicalWebPage"], "url": url,
            "name": page_title(question), "inLanguage": html_lang(question.language), "mainEntity": main}
    reviewed = last_review(question)
    if reviewed is not None:
        doctor = reviewed.doctor
        data["lastReviewed"] = reviewed.last_reviewed_at.date().isoformat()
        data["reviewedBy"] = {"@type": "Person", "name": f"Dr. {doctor.display_name}",
                              "jobTitle": doctor.title, "affiliation": doctor.department.name,
                              "url": settings.SITE_URL.rstrip("/") + doctor.get_absolute_url()}
    return data


# --- translations ----------------------------------------------------------------------------


def page_translation(question: Question, language: str | None) -> QuestionTranslation | None:
    """The machine translation a ?lang= parameter asks for, when the question has one in that language."""
    if not language or language == question.language:
        return None
    translations = getattr(question, "page_translations", None)
    if translations is None:
        translations = list(question.translations.select_related("approved_by"))
    return next((t for t in translations if t.language == language), None)


def translated_copy(question: Question, translation: QuestionTranslation) -> Question:
    """A copy of the question (never saved) whose texts and public answers read in the translation's language."""
    from copy import copy

    from askdoc.qa.markdown import render_markdown

    shown = copy(question)
    shown.page_title, shown.title, shown.body = translation.page_title, translation.title, translation.body
    shown.language = translation.language
    by_answer = {item.get("answer"): item.get("body", "") for item in translation.answers if isinstance(item, dict)}
    answers = []
    for answer in question.public_answers:
        answer = copy(answer)
        if answer.pk in by_answer:
            answer.body = by_answer[answer.pk]
            answer.body_html = render_markdown(answer.body)
            answer.language = translation.language
        answers.append(answer)
    shown.public_answers = answers
    return shown


def language_alternates(question: Question, canonical_url: str) -> list[dict]:
    """hreflang links: the original and each translation, when there is at least one translation."""
    from askdoc.qa.languages import html_lang

    translations = getattr(question, "page_translations", None) or []
    if not translations:
        return []
    links = [{"hreflang": html_lang(question.language), "url": canonical_url}]
    links += [{"hreflang": html_lang(t.language), "url": f"{canonical_url}?lang={t.language}"} for t in translations]
    return links + [{"hreflang": "x-default", "url": canonical_url}]
