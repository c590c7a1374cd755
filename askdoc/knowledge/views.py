"""The search page: one box over answered questions and topics, a department filter, 10 results a page."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from askdoc.knowledge import selectors
from askdoc.qa.models import Department

QUERY_MAX = 200
PER_PAGE = 10


def _param(request, name: str) -> str:
    value = request.GET.get(name, "")
    return value if isinstance(value, str) else ""


def search(request):
    query = " ".join(_param(request, "q").split())
    if len(query) > QUERY_MAX:
        query = query[:QUERY_MAX].rsplit(" ", 1)[0] or query[:QUERY_MAX]
        messages.info(request, _("Your search was long, so only its first {limit} characters were used.").format(
            limit=QUERY_MAX))
    departments = list(Department.objects.all())
    department = _param(request, "department")
    if department and department not in {d.slug for d in departments}:
        messages.info(request, _("That department does not exist; showing every department."))
        department = ""
    context = {"query": query, "department": department, "departments": departments}
    if not query:
        return render(request, "knowledge/search.html", context)
    results = selectors.search_site(query, department=department or None)
    page = Paginator(results.questions, PER_PAGE).get_page(_param(request, "page") or 1)
    context.update(
        results=results,
        page=page,
        items=[_item(q, results.terms) for q in page.object_list],
        topics=results.topics if page.number == 1 else [],
    )
    return render(request, "knowledge/search.html", context)


def _item(question, terms: list[str]) -> dict:
    answers = list(question.answers.all())
    reply = answers[0] if answers else None
    return {
        "question": question,
        "title": selectors.highlight(question.display_title, terms),
        "excerpt": selectors.highlight(selectors.excerpt(question.body, terms), terms),
        "reply": selectors.highlight(selectors.excerpt(reply.body, terms), terms) if reply else "",
        "doctor": reply.doctor if reply else None,
    }
