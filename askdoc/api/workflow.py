"""The doctors' desk and the moderation queue through the API, with a per-user token (Bearer).

Every action calls the same service function as the page, so the same permission rules apply and leave the same
audit trail; a refusal (askdoc.qa.errors.Refused) is a 4xx {"detail": "..."} with the page's sentence.
"""

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Query, Router, Status

from askdoc.api import workflow_schemas as ws
from askdoc.api.auth import TokenAuth
from askdoc.api.schemas import ErrorOut, ValidationErrorOut
from askdoc.api.shapes import absolute, department_ref, doctor_ref
from askdoc.qa import selectors, services
from askdoc.qa.errors import Refused
from askdoc.qa.models import Answer, DoctorProfile, FollowUp, Question
from askdoc.qa.permissions import desk_refusal, is_moderator

# 400: the request itself is unreadable (a NUL in the query string, askdoc.ops.middleware), on reads too.
READ_ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut}
ACTION_ERRORS = READ_ERRORS

router = Router(auth=TokenAuth())


# --- shapes ----------------------------------------------------------------------------------------------


def _user(request: HttpRequest) -> Any:
    """The account behind the request's API token (django-ninja sets request.auth; Django's stubs do not know it)."""
    return request.auth  # type: ignore[attr-defined]


def _state(question: Question) -> dict:
    published = question.status == Question.Status.PUBLISHED
    return {
        "id": question.pk, "status": question.status, "status_label": question.get_status_display(),
        "page_title": selectors.page_title(question), "department": department_ref(question.department),
        "is_emergency": question.is_emergency, "asked_at": question.asked_at,
        "claimed_by": doctor_ref(question.claimed_by) if question.claimed_by else None,
        "privacy_confirmed": question.privacy_confirmed,
        "url": absolute(question.get_absolute_url()) if published else None,
    }


def _answer(answer: Answer) -> dict:
    return {
        "id": answer.pk, "doctor": doctor_ref(answer.doctor), "body": answer.body, "body_html": answer.body_html,
        "replied_at": answer.replied_at, "last_reviewed_at": answer.last_reviewed_at,
        "is_published": answer.is_published, "agreed_by": [doctor_ref(d) for d in answer.agreed_by.all()],
    }


def _detail(question: Question) -> dict:
    answers = question.answers.select_related("doctor__department").prefetch_related("agreed_by__department")
    triage = [t for t in question.triage if isinstance(t, dict)] if isinstance(question.triage, list) else []
    return {
        **_state(question), "title": question.title, "body": question.body, "nickname": question.nickname,
        "age_range": question.age_range, "gender": question.gender,
        "emergency_reasons": [str(r) for r in question.emergency_reasons or []],
        "triage": [{"slug": str(t.get("slug", "")), "score": float(t.get("score") or 0)} for t in triage[:5]],
        "redacted": sorted({str(r.get("type") or "redacted") for r in question.redactions or []
                            if isinstance(r, dict)}),
        "rejection_reason": question.rejection_reason,
        "answers": [_answer(a) for a in answers],
    }


# --- lookups ---------------------------------------------------------------------------------------------


def _question(question_id: int) -> Question:
    question = (Question.objects.select_related("department", "claimed_by__department").filter(pk=question_id)
                .first())
    if question is None:
        raise Http404(f"No question {question_id}.")
    return question


def _doctor(request: HttpRequest) -> DoctorProfile:
    doctor = getattr(_user(request), "doctor", None)
    if doctor is None:
        raise Refused("Only verified doctors can use the doctors' desk.")
    if not doctor.is_verified:
        raise Refused("Your licence is not verified yet, so you cannot answer questions. "
                      "A moderator will verify it soon.")
    return doctor


def _desk_question(request: HttpRequest, question_id: int) -> tuple[DoctorProfile, Question]:
    doctor = _doctor(request)
    question = _question(question_id)
    refusal = desk_refusal(question, doctor)
    if refusal:
        raise Refused(refusal)
    return doctor, question


def _desk_answer(request: HttpRequest, answer_id: int) -> tuple[DoctorProfile, Answer]:
    doctor = _doctor(request)
    answer = Answer.objects.select_related("question__department").filter(pk=answer_id).first()
    if answer is None or desk_refusal(answer.question, doctor):
        raise Http404(f"No answer {answer_id}.")
    return doctor, answer


def _moderator(request: HttpRequest) -> None:
    if not is_moderator(_user(request)):
        raise Refused("Only moderators can do this.")


def _refreshed(question: Question) -> dict:
    return _state(_question(question.pk))


# --- who am I --------------------------------------------------------------------------------------------


@router.get("/me", response={200: ws.MeOut, 401: ErrorOut}, tags=["account"])
def me(request: HttpRequest):
    """Who the token belongs to and what they may do."""
    doctor = getattr(_user(request), "doctor", None)
    return {"username": _user(request).get_username(), "is_moderator": is_moderator(_user(request)),
            "doctor": doctor_ref(doctor) if doctor else None, "doctor_verified": bool(doctor and doctor.is_verified)}


# --- the doctors' desk ----------------------------------------------------------------------------------


@router.get("/desk/queue", response={200: ws.DeskQueueOut, **READ_ERRORS}, tags=["desk"])
def desk_queue(request: HttpRequest):
    """Your department's waiting questions (emergencies first), the ones you claimed, and your answers due for
    a review."""
    doctor = _doctor(request)
    mine = Question.objects.filter(department=doctor.department).select_related("department",
                                                                                "claimed_by__department")
    return {
        "queued": [_state(q) for q in mine.filter(status=Question.Status.QUEUED).order_by("-is_emergency",
                                                                                          "asked_at")],
        "claimed": [_state(q) for q in mine.filter(status=Question.Status.CLAIMED, claimed_by=doctor)
                    .order_by("claimed_at")],
        "review_due": [
            {"answer_id": due.answer.pk, "question": _state(due.answer.question),
             "last_reviewed_at": due.answer.last_reviewed_at, "reasons": due.reasons}
            for due in selectors.answers_due_for_review(doctor)
        ],
    }


@router.get("/desk/questions/{question_id}", response={200: ws.WorkflowQuestionDetailOut, **READ_ERRORS},
            tags=["desk"])
def desk_question(request: HttpRequest, question_id: int):
    """A question of your department (or any published one) with its answers."""
    _, question = _desk_question(request, question_id)
    return _detail(question)


@router.post("/desk/questions/{question_id}/claim", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["desk"])
def desk_claim(request: HttpRequest, question_id: int):
    doctor, question = _desk_question(request, question_id)
    return _refreshed(services.question_claim(question=question, doctor=doctor))


@router.post("/desk/questions/{question_id}/release", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["desk"])
def desk_release(request: HttpRequest, question_id: int):
    doctor, question = _desk_question(request, question_id)
    return _refreshed(services.question_release(question=question, doctor=doctor))


@router.post("/desk/questions/{question_id}/answer", response={201: ws.WorkflowAnswerOut, **ACTION_ERRORS},
             tags=["desk"])
def desk_answer(request: HttpRequest, question_id: int, data: ws.AnswerIn):
    """Publish your answer: the first one (by the claimer) publishes the question; later ones join it. A question
    no person checked for privacy yet needs privacy_confirmed=true."""
    doctor, question = _desk_question(request, question_id)
    answer = services.answer_publish(question=question, doctor=doctor, body=data.body,
                                     privacy_confirmed=data.privacy_confirmed)
    return Status(201, _answer(answer))


@router.post("/desk/questions/{question_id}/return", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["desk"])
def desk_return(request: HttpRequest, question_id: int, data: ws.ReasonIn):
    """Send the question back to the moderators for a privacy edit (something identifying is left)."""
    doctor, question = _desk_question(request, question_id)
    return _refreshed(services.question_return_to_moderation(question=question, doctor=doctor, reason=data.reason))


@router.post("/desk/questions/{question_id}/follow-up", response={200: ws.FollowUpOut, **ACTION_ERRORS},
             tags=["desk"])
def desk_follow_up(request: HttpRequest, question_id: int, data: ws.AnswerIn):
    """Reply to the asker's follow-up question (the doctor who answered first; privacy_confirmed required)."""
    doctor, question = _desk_question(request, question_id)
    follow_up = FollowUp.objects.filter(question=question).first()
    if follow_up is None:
        raise Http404(f"Question {question_id} has no follow-up.")
    follow_up = services.follow_up_answer(follow_up=follow_up, doctor=doctor, body=data.body,
                                          privacy_confirmed=data.privacy_confirmed)
    return {"question_id": question.pk, "body": follow_up.body, "answer_body": follow_up.answer_body,
            "answered_by": doctor_ref(doctor), "answered_at": follow_up.answered_at}


@router.put("/desk/answers/{answer_id}", response={200: ws.WorkflowAnswerOut, **ACTION_ERRORS}, tags=["desk"])
def desk_answer_edit(request: HttpRequest, answer_id: int, data: ws.AnswerEditIn):
    doctor, answer = _desk_answer(request, answer_id)
    return _answer(services.answer_edit(answer=answer, doctor=doctor, body=data.body))


@router.post("/desk/answers/{answer_id}/reconfirm", response={200: ws.WorkflowAnswerOut, **ACTION_ERRORS},
             tags=["desk"])
def desk_answer_reconfirm(request: HttpRequest, answer_id: int):
    """Your published answer still stands: its review date becomes today."""
    doctor, answer = _desk_answer(request, answer_id)
    return _answer(services.answer_reconfirm(answer=answer, doctor=doctor))


@router.post("/desk/answers/{answer_id}/agree", response={200: ws.AgreeOut, **ACTION_ERRORS}, tags=["desk"])
def desk_answer_agree(request: HttpRequest, answer_id: int, data: ws.AgreeIn):
    """Mark (agree=true) or withdraw (agree=false) your "I agree" on another doctor's published answer."""
    doctor, answer = _desk_answer(request, answer_id)
    return {"answer_id": answer.pk, "agreed": services.answer_agree(answer=answer, doctor=doctor, agree=data.agree)}


# --- moderation ------------------------------------------------------------------------------------------


@router.get("/moderation/queue", response={200: ws.ModerationQueueOut, **READ_ERRORS}, tags=["moderation"])
def moderation_queue(request: HttpRequest, params: Query[ws.ModerationQueueIn]):
    _moderator(request)
    questions = selectors.moderation_tabs()[params.tab][1].select_related("claimed_by__department")
    page = selectors.paginate(questions, params.page, params.page_size)
    return {"tab": params.tab, "count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
            "results": [_state(q) for q in page.object_list]}


@router.get("/moderation/questions/{question_id}", response={200: ws.WorkflowQuestionDetailOut, **READ_ERRORS},
            tags=["moderation"])
def moderation_question(request: HttpRequest, question_id: int):
    _moderator(request)
    return _detail(_question(question_id))


@router.post("/moderation/questions/{question_id}/approve", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["moderation"])
def moderation_approve(request: HttpRequest, question_id: int, data: ws.DepartmentIn):
    """Approve into a department's queue; approving confirms the privacy check (the redaction preview is on the
    review page)."""
    _moderator(request)
    question = services.question_approve(question=_question(question_id), moderator=_user(request),
                                         department=data.department)
    return _refreshed(question)


@router.post("/moderation/questions/{question_id}/edit", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["moderation"])
def moderation_edit(request: HttpRequest, question_id: int, data: ws.QuestionEditIn):
    """A privacy edit of what is (or will be) published."""
    _moderator(request)
    question = services.question_edit(question=_question(question_id), moderator=_user(request), title=data.title,
                                      body=data.body, page_title=data.page_title, nickname=data.nickname)
    return _refreshed(question)


@router.post("/moderation/questions/{question_id}/reroute", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["moderation"])
def moderation_reroute(request: HttpRequest, question_id: int, data: ws.DepartmentIn):
    _moderator(request)
    question = services.question_reroute(question=_question(question_id), moderator=_user(request),
                                         department=data.department)
    return _refreshed(question)


@router.post("/moderation/questions/{question_id}/reject", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["moderation"])
def moderation_reject(request: HttpRequest, question_id: int, data: ws.ReasonIn):
    """Reject; the asker reads the reason on their tracking page."""
    _moderator(request)
    question = services.question_reject(question=_question(question_id), moderator=_user(request), reason=data.reason)
    return _refreshed(question)


@router.post("/moderation/questions/{question_id}/remove", response={200: ws.WorkflowQuestionOut, **ACTION_ERRORS},
             tags=["moderation"])
def moderation_remove(request: HttpRequest, question_id: int, data: ws.ReasonIn):
    """Take a published question off the site."""
    _moderator(request)
    question = services.question_remove(question=_question(question_id), moderator=_user(request), reason=data.reason)
    return _refreshed(question)
