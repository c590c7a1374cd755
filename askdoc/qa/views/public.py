"""The public pages: the answered-question page, home, departments, topics, doctor profiles.

Views only parse the request, call a selector and render; what a page may show is decided in
askdoc.qa.permissions and what it loads in askdoc.qa.selectors.
"""

import string
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string

from askdoc.qa import page_cache, selectors
from askdoc.qa.models import Department, FaqTopic, Language, Question
from askdoc.qa.permissions import can_view_question

LETTERS = list(string.ascii_uppercase) + ["#"]


def _visible_question(request: HttpRequest, question: Question | None) -> Question:
    # The same 404 for "no such question" and "not yours to see": an unpublished question's
    # existence is not public either.
    if question is None or not can_view_question(request.user, question):
        raise Http404("No such question")
    return question


def question_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    # Kept only for published questions, and dropped by any change of what the page shows (page_cache).
    kept = page_cache.whole_page(request)
    if kept is not None:
        return kept
    question = _visible_question(request, selectors.question_brief(pk))
    if slug != question.slug:
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        return redirect(question.get_absolute_url() + query, permanent=True)
    return _render_question(request, question)


def question_redirect(request: HttpRequest, pk: int) -> HttpResponse:
    question = _visible_question(request, selectors.question_brief(pk))
    if question.slug:
        return redirect(question.get_absolute_url(), permanent=True)
    return _render_question(request, question)


def _render_question(request: HttpRequest, brief: Question) -> HttpResponse:
    """The page around its parts; a published question's parts come from the page cache when they can."""
    lang = request.GET.get("lang", "")
    lang = lang if lang in Language.values else ""  # anything else shows the original: one cache entry
    parts = page_cache.get(brief.pk, lang) if brief.is_public else None
    if parts is None:
        parts = _question_parts(request, selectors.question_for_page(brief.pk), lang)
        if brief.is_public:
            page_cache.put(brief.pk, lang, parts)
    response = render(request, "qa/public/question.html", {"parts": parts})
    if brief.is_public:
        page_cache.keep_whole_page(request, response)
    return response


def _question_parts(request: HttpRequest, question: Question, lang: str) -> dict:
    original_url = settings.SITE_URL.rstrip("/") + question.get_absolute_url()
    alternates = selectors.language_alternates(question, original_url)
    translation = selectors.page_translation(question, lang)
    original_language = question.get_language_display()
    url = original_url
    if translation is not None:
        question = selectors.translated_copy(question, translation)
        url = f"{original_url}?lang={translation.language}"
    page_title = selectors.page_title(question)
    context = {
        "translation": translation,
        "original_language": original_language,
        "original_url": original_url,
        "alternates": alternates,
        "question": question,
        "page_title": page_title,
        "canonical_url": url,
        "answers": question.public_answers,
        "more_info": selectors.more_info_for_page(question.more_info),
        "similar": selectors.similar_items(question),
        "follow_up": selectors.public_follow_up(question),
        "topics": selectors.related_topics(question),
        "structured_data": selectors.question_structured_data(question, url),
        "asker_line": selectors.asker_line(question),
    }
    department = question.department.local_name if question.department else ""
    return {
        "title": f"{page_title} - {department}" if department else page_title,
        "meta": render_to_string("qa/public/question_meta.html", context, request),
        "content": render_to_string("qa/public/question_content.html", context, request),
    }


def home(request: HttpRequest) -> HttpResponse:
    context = {
        "latest": selectors.with_answers(selectors.latest_answered(10)),
        "departments": selectors.departments_with_counts(),
    }
    return render(request, "qa/public/home.html", context)


def department_list(request: HttpRequest) -> HttpResponse:
    return render(request, "qa/public/department_list.html", {"departments": selectors.departments_with_counts()})


def department_detail(request: HttpRequest, slug: str) -> HttpResponse:
    department = get_object_or_404(Department, slug=slug)
    page = selectors.paginate(selectors.department_questions(department), request.GET.get("page"))
    context = {
        "department": department,
        "page": page,
        "questions": selectors.with_answers(page.object_list),
        "topics": selectors.department_topics(department),
        "topic_count": department.topics.count(),
        "doctors": selectors.department_doctors(department),
    }
    return render(request, "qa/public/department_detail.html", context)


def topic_list(request: HttpRequest) -> HttpResponse:
    letter = request.GET.get("letter", "").upper()
    letter = letter if letter in LETTERS else ""
    department = selectors.department_by_slug(request.GET.get("department"))
    topics = selectors.topics_index(letter=letter, department=department)
    page = selectors.paginate(topics, request.GET.get("page"), per_page=100)
    context = {
        "page": page,
        "letters": LETTERS,
        "letter": letter,
        "department": department,
        "departments": Department.objects.all(),
        "extra_query": urlencode({"letter": letter, "department": department.slug if department else ""}),
    }
    return render(request, "qa/public/topic_list.html", context)


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(FaqTopic.objects.select_related("department"), slug=slug)
    page = selectors.paginate(selectors.topic_questions(topic), request.GET.get("page"))
    context = {"topic": topic, "page": page, "questions": selectors.with_answers(page.object_list)}
    return render(request, "qa/public/topic_detail.html", context)


def doctor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    # Unverified doctors have no public profile: their licence has not been checked yet.
    doctor = get_object_or_404(selectors.verified_doctors(), slug=slug)
    page = selectors.paginate(selectors.doctor_questions(doctor), request.GET.get("page"))
    context = {"doctor": doctor, "page": page}
    return render(request, "qa/public/doctor_detail.html", context)
