"""askdoc's JSON API (django-ninja): the public pages' data, and asking a question.

Endpoints parse their input, call a selector and shape the output by hand into their schema, so no
private field (email, tracking token, originals, redactions, licence number) can slip through.
Domain refusals (askdoc.qa.errors.Refused) and missing objects become 4xx {"detail": "..."}.
"""

from django.conf import settings
from django.http import Http404, HttpRequest
from ninja import NinjaAPI, Query, Status
from ninja.errors import ValidationError

from askdoc.api import desk_help, finding, workflow
from askdoc.api import schemas as s
from askdoc.api.shapes import absolute, doctor_ref, summary, topic_ref
from askdoc.qa import selectors, services
from askdoc.qa.errors import Refused
from askdoc.qa.models import Department, Question

api = NinjaAPI(title="askdoc API", version="1", urls_namespace="api",
               description="Answered health questions, departments, FAQ topics and doctors.")
# Every 4xx an endpoint can answer: 400 input no field can hold (askdoc/ops/middleware.py), 422 parameters
# outside the schema, 404 nothing there; writes also 403 (cross-site), 429 (over the limit) and 503 (the database
# is briefly unavailable).
READ_ERRORS = {400: s.ErrorOut, 422: s.ValidationErrorOut}
ERRORS = {**READ_ERRORS, 404: s.ErrorOut}
SUBMIT_ERRORS = {400: s.ErrorOut, 403: s.ErrorOut, 422: s.ValidationErrorOut, 429: s.ErrorOut, 503: s.ErrorOut}


@api.exception_handler(Refused)
def refused(request: HttpRequest, exc: Refused):
    return api.create_response(request, {"detail": exc.message}, status=exc.status)


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError):
    """Malformed input: one readable sentence, and each field's problem (never the value that was sent)."""
    errors = [{"loc": [str(part) for part in e.get("loc", [])], "msg": str(e.get("msg", "")),
               "type": str(e.get("type", ""))} for e in exc.errors if isinstance(e, dict)]
    detail = "; ".join(f"{'.'.join(e['loc'][1:]) or e['loc'][0] if e['loc'] else 'input'}: {e['msg']}"
                       for e in errors) or "The input is not valid."
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404):
    return api.create_response(request, {"detail": str(exc) or "Not found."}, status=404)


def _page(queryset, number: int, size: int, shape) -> dict:
    page = selectors.paginate(queryset, number, size)
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "results": [shape(item) for item in page.object_list],
    }


def _department_or_404(slug: str | None) -> Department | None:
    if not slug:
        return None
    department = selectors.department_by_slug(slug)
    if department is None:
        raise Http404(f"No department {slug!r}.")
    return department


@api.get("/departments", response={200: list[s.DepartmentListItemOut], **READ_ERRORS}, tags=["departments"])
def department_list(request: HttpRequest):
    return [
        {"slug": d.slug, "name": d.name, "name_zh_hant": d.name_zh_hant, "description": d.description,
         "answered_count": d.answered_count, "url": absolute(d.get_absolute_url())}
        for d in selectors.departments_with_counts()
    ]


@api.get("/departments/{slug}", response={200: s.DepartmentDetailOut, **ERRORS}, tags=["departments"])
def department_detail(request: HttpRequest, slug: str):
    department = selectors.departments_with_counts().filter(slug=slug).first() if selectors.is_slug(slug) else None
    if department is None:
        raise Http404(f"No department {slug!r}.")
    return {
        "slug": department.slug, "name": department.name, "name_zh_hant": department.name_zh_hant,
        "description": department.description,
        "answered_count": department.answered_count, "url": absolute(department.get_absolute_url()),
        "doctors": [doctor_ref(d) for d in selectors.department_doctors(department)],
        "topic_count": department.topics.count(),
    }


@api.get("/questions", response={200: s.QuestionListOut, **ERRORS}, tags=["questions"])
def question_list(request: HttpRequest, filters: Query[s.QuestionListIn]):
    """Published questions, newest first; filter by department, topic and publication date."""
    questions = selectors.published_questions().order_by("-published_at", "-pk")
    department = _department_or_404(filters.department)
    if department is not None:
        questions = questions.filter(department=department)
    if filters.topic:
        topic = selectors.topic_by_slug(filters.topic)
        if topic is None:
            raise Http404(f"No topic {filters.topic!r}.")
        questions = questions.filter(topic_links__topic=topic)
    if filters.published_after:
        questions = questions.filter(published_at__date__gte=filters.published_after)
    if filters.published_before:
        questions = questions.filter(published_at__date__lte=filters.published_before)
    return _page(questions, filters.page, filters.page_size, summary)


def _more_info(question: Question) -> dict | None:
    info = selectors.more_info_for_page(question.more_info)
    if info is None:
        return None

    def sentences(items):
        return [{"text": x["text"], "sources": x["markers"]} for x in items]

    return {
        "status": info.status, "method": info.method, "intro": sentences(info.intro),
        "sections": [{"heading": x["heading"], "sentences": sentences(x["sentences"])} for x in info.sections],
        "sources": info.sources,
    }


@api.get("/questions/{question_id}", response={200: s.QuestionDetailOut, **ERRORS}, tags=["questions"])
def question_detail(request: HttpRequest, question_id: int):
    question = selectors.question_for_page(question_id)
    # The API shows published questions only; moderators and doctors use the site for the rest.
    if question is None or not question.is_public:
        raise Http404(f"No published question {question_id}.")
    return {
        **summary(question),
        "title": question.title,
        "body": question.body,
        "asker": {"nickname": question.nickname, "age_range": question.age_range, "gender": question.gender,
                  "line": selectors.asker_line(question)},
        "answers": [
            {"id": a.pk, "doctor": doctor_ref(a.doctor), "body": a.body, "body_html": a.body_html,
             "language": a.language,
             "replied_at": a.replied_at, "last_reviewed_at": a.last_reviewed_at,
             "agreed_by": [doctor_ref(d) for d in a.agreed_by.all()]}
            for a in question.public_answers
        ],
        "more_info": _more_info(question),
        "similar": [
            {"id": item.question.pk, "url": absolute(item.question.get_absolute_url()),
             "page_title": selectors.page_title(item.question), "excerpt": item.question_excerpt,
             "doctor": doctor_ref(item.answer.doctor) if item.answer else None, "reply_excerpt": item.answer_excerpt}
            for item in selectors.similar_items(question)
        ],
        "related_topics": [topic_ref(t) for t in selectors.related_topics(question)],
    }


@api.get("/topics", response={200: s.TopicListOut, **ERRORS}, tags=["topics"])
def topic_list(request: HttpRequest, filters: Query[s.TopicListIn]):
    topics = selectors.topics_index(letter=(filters.letter or "").upper(),
                                    department=_department_or_404(filters.department))
    return _page(topics, filters.page, filters.page_size, topic_ref)


@api.get("/topics/{slug}", response={200: s.TopicDetailOut, **ERRORS}, tags=["topics"])
def topic_detail(request: HttpRequest, slug: str):
    topic = selectors.topic_by_slug(slug)
    if topic is None:
        raise Http404(f"No topic {slug!r}.")
    synonyms = topic.synonyms if isinstance(topic.synonyms, list) else []
    return {
        **topic_ref(topic), "synonyms": [str(x) for x in synonyms], "description": topic.description,
        "url": absolute(topic.get_absolute_url()),
        "questions": [summary(q) for q in selectors.topic_questions(topic)[:20]],
    }


@api.get("/doctors/{slug}", response={200: s.DoctorDetailOut, **ERRORS}, tags=["doctors"])
def doctor_detail(request: HttpRequest, slug: str):
    doctor = selectors.verified_doctor_by_slug(slug)
    if doctor is None:
        raise Http404(f"No verified doctor {slug!r}.")
    return {
        **doctor_ref(doctor), "title": doctor.title, "hospital": doctor.hospital, "bio": doctor.bio,
        "licence_verified": doctor.is_verified, "url": absolute(doctor.get_absolute_url()),
        "questions": [summary(q) for q in selectors.doctor_questions(doctor)[:20]],
    }


@api.post("/questions", response={201: s.QuestionSubmitOut, **SUBMIT_ERRORS}, tags=["questions"])
def question_submit(request: HttpRequest, data: s.QuestionSubmitIn):
    """Ask a question as a visitor would on /ask/. Keep the tracking URL: it is the only way back to it."""
    question = services.question_submit(
        nickname=data.nickname, age_range=data.age_range, gender=data.gender,
        body=data.body, title=data.title, email=data.email,
    )
    emergency_message = None
    if question.is_emergency:
        emergency_message = (
            f"This may be an emergency. Call {settings.ASKDOC_EMERGENCY_NUMBER} or go to the nearest "
            "emergency department now; do not wait for an online answer."
        )
    return Status(201, {
        "id": question.pk, "status": question.status, "tracking_url": absolute(question.get_tracking_url()),
        "emergency": question.is_emergency, "emergency_message": emergency_message,
    })


# Search, similar questions and tracking (public); the doctors' and moderators' actions (with a token).
api.add_router("/", finding.router)
api.add_router("/", workflow.router)
api.add_router("/", desk_help.router)
