"""Public API for finding things: search, questions similar to a text, and an asker's tracking status."""

from django.http import Http404, HttpRequest
from ninja import Query, Router

from askdoc.api import workflow_schemas as ws
from askdoc.api.schemas import ErrorOut, ValidationErrorOut
from askdoc.api.shapes import absolute, department_ref, doctor_ref, summary, topic_ref
from askdoc.knowledge import selectors as knowledge
from askdoc.qa import selectors
from askdoc.qa.models import Question

router = Router(tags=["search"])


def _department_slug(slug: str | None) -> str | None:
    if not slug:
        return None
    if selectors.department_by_slug(slug) is None:
        raise Http404(f"No department {slug!r}.")
    return slug


@router.get("/search", response={200: ws.SearchOut, 400: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut})
def search(request: HttpRequest, params: Query[ws.SearchIn]):
    """Answered questions (best first) and FAQ topics for a few words, as the site's search box finds them."""
    department = _department_slug(params.department)
    query = " ".join(params.q.split())
    if not query:
        return {"query": "", "suggestion": None, "count": 0, "page": 1, "pages": 1, "results": [], "topics": []}
    results = knowledge.search_site(query, department=department)
    page = selectors.paginate(results.questions, params.page, params.page_size)
    return {
        "query": results.query, "suggestion": results.suggestion, "count": page.paginator.count,
        "page": page.number, "pages": page.paginator.num_pages,
        "results": [summary(q) for q in page.object_list],
        "topics": [topic_ref(t) for t in results.topics] if page.number == 1 else [],
    }


@router.get("/similar", response={200: ws.SimilarListOut, 400: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut})
def similar(request: HttpRequest, params: Query[ws.SimilarIn]):
    """Answered questions similar to a text, e.g. a question before it is asked."""
    department = _department_slug(params.department)
    found = knowledge.similar_to_text(params.text, limit=params.limit, department=department)
    results = []
    for question, score in found:
        answer = question.answers.all()[0] if question.answers.all() else None
        results.append({
            "id": question.pk, "url": absolute(question.get_absolute_url()),
            "page_title": selectors.page_title(question), "excerpt": selectors.excerpt(question.body),
            "score": round(score, 4), "department": department_ref(question.department),
            "doctor": doctor_ref(answer.doctor) if answer else None,
            "reply_excerpt": selectors.excerpt(selectors.answer_text(answer)) if answer else "",
        })
    return {"results": results}


@router.get("/track/{token}", response={200: ws.TrackOut, 404: ErrorOut, 422: ValidationErrorOut}, tags=["tracking"])
def track(request: HttpRequest, token: str):
    """The status of a question, for its asker: the token is the end of the private tracking link."""
    question = (Question.objects.select_related("department").filter(tracking_token=token).first()
                if 0 < len(token) <= 64 and "\x00" not in token else None)
    if question is None:
        raise Http404("No question has this tracking token.")
    published = question.status == Question.Status.PUBLISHED
    reason = question.rejection_reason if question.status in (Question.Status.REJECTED,
                                                              Question.Status.REMOVED) else ""
    return {
        "status": question.status, "status_label": question.get_status_display(), "asked_at": question.asked_at,
        "department": department_ref(question.department), "reason": reason,
        "url": absolute(question.get_absolute_url()) if published else None,
        "answer_count": question.answers.filter(is_published=True).count() if published else 0,
    }
