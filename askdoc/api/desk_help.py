"""The rest of the desk and moderation pages through the API: the copilot, the draft reply and the answer preview,
approving a machine translation, the notification choice, and the operations dashboard.

Same rules as askdoc.api.workflow: the page's service or read function, the page's permission, its sentence on
a refusal.
"""

from django.http import Http404, HttpRequest
from ninja import Query, Router

from askdoc.api import workflow_schemas as ws
from askdoc.api.auth import TokenAuth
from askdoc.api.schemas import ErrorOut
from askdoc.api.shapes import absolute, department_ref, doctor_ref, topic_ref
from askdoc.api.workflow import ACTION_ERRORS, READ_ERRORS, _desk_question, _doctor, _moderator, _state
from askdoc.qa import draft, selectors, services
from askdoc.qa.copilot import Copilot, copilot_for
from askdoc.qa.dashboard import dashboard
from askdoc.qa.errors import Refused
from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import DoctorProfile, Question

router = Router(auth=TokenAuth())


def _department_question(request: HttpRequest, question_id: int) -> tuple[DoctorProfile, Question]:
    """As on the page, the copilot and the draft are for the question's department's doctors."""
    doctor, question = _desk_question(request, question_id)
    if question.department_id != doctor.department_id:
        raise Refused("Only the department's doctors can use the copilot for this question.")
    return doctor, question


def _copilot(question: Question, copilot: Copilot) -> dict:
    return {
        "question_id": question.pk, "triage": copilot.triage, "confidence": copilot.confidence,
        "focus": copilot.focus, "question_type": copilot.question_type, "redacted": copilot.redacted,
        "topics": [topic_ref(t) for t in copilot.topics],
        "similar": [{"id": item["question"].pk, "page_title": selectors.page_title(item["question"]),
                     "url": absolute(item["question"].get_absolute_url()), "score": float(item["score"]),
                     "answer_excerpt": item["excerpt"], "markdown": item["markdown"]} for item in copilot.similar],
        "sources": [{"number": n, "name": s["name"], "title": s["title"], "url": s["url"], "markdown": s["markdown"]}
                    for n, s in enumerate(copilot.sources, start=1)],
        "draft_available": draft.available(),
    }


@router.get("/desk/questions/{question_id}/copilot", response={200: ws.CopilotOut, **READ_ERRORS}, tags=["desk"])
def desk_copilot(request: HttpRequest, question_id: int):
    """What askdoc knows about the question: triage, focus and type, what was redacted, similar answered
    questions and the knowledge-base sources, each with the Markdown to insert."""
    _, question = _department_question(request, question_id)
    return _copilot(question, copilot_for(question))


@router.post("/desk/questions/{question_id}/draft",
             response={200: ws.DraftOut, 503: ErrorOut, **ACTION_ERRORS}, tags=["desk"])
def desk_draft(request: HttpRequest, question_id: int):
    """A draft reply from exactly the copilot's sources, written by the configured LLM and checked sentence by
    sentence (unsupported ones dropped). Nothing is published or stored. 400 without an LLM endpoint or without
    sources; 503 when the endpoint fails."""
    _, question = _department_question(request, question_id)
    written = draft.draft_reply(question, copilot_for(question))
    return {"question_id": question.pk, "is_draft": True, "dropped": written.dropped, "markdown": written.markdown,
            "sentences": [{"text": s["text"], "number": s["number"], "source_url": s["source"]["url"]}
                          for s in written.sentences]}


@router.post("/desk/questions/{question_id}/preview", response={200: ws.PreviewOut, **ACTION_ERRORS},
             tags=["desk"])
def desk_preview(request: HttpRequest, question_id: int, data: ws.PreviewIn):
    """Markdown rendered as the public page will show it."""
    _desk_question(request, question_id)
    return {"html": render_markdown(data.body)}


@router.post("/desk/questions/{question_id}/translations/{language}/approve",
             response={200: ws.TranslationApprovedOut, **ACTION_ERRORS}, tags=["desk"])
def desk_translation_approve(request: HttpRequest, question_id: int, language: str):
    """Vouch for the question's machine translation into `language` (en or zh-hant)."""
    doctor, question = _desk_question(request, question_id)
    translation = question.translations.filter(language=language).first()
    if translation is None:
        raise Http404(f"Question {question_id} has no machine translation into {language[:20]}.")
    translation = services.translation_approve(translation=translation, doctor=doctor)
    return {"question_id": question.pk, "language": translation.language,
            "approved_by": doctor_ref(doctor), "approved_at": translation.approved_at}


@router.put("/desk/notifications", response={200: ws.NotifyOut, **ACTION_ERRORS}, tags=["desk"])
def desk_notifications(request: HttpRequest, data: ws.NotifyIn):
    """Your choice of emails about questions entering your department's queue."""
    doctor = _doctor(request)
    services.doctor_notify_set(doctor=doctor, notify=data.notify)
    doctor.refresh_from_db(fields=["notify"])
    return {"notify": doctor.notify}


@router.get("/moderation/dashboard", response={200: ws.DashboardOut, **READ_ERRORS}, tags=["moderation"])
def moderation_dashboard(request: HttpRequest, params: Query[ws.DashboardIn]):
    """The operations dashboard's numbers (the page's charts and CSV)."""
    _moderator(request)
    board = dashboard(days=params.days)
    return {
        "days": board.days, "since": board.since.isoformat(), "median_hours": board.median_hours,
        "per_day": [{"day": r["day"].isoformat(), "asked": r["asked"], "answered": r["answered"]}
                    for r in board.per_day],
        "per_department": [{**{k: r[k] for k in ("asked", "answered", "waiting", "median_hours")},
                            "department": department_ref(r["department"])} for r in board.per_department],
        "backlog": board.backlog,
        "oldest_waiting": _state(board.oldest_waiting) if board.oldest_waiting else None,
        "emergencies": board.emergencies,
        "emergencies_waiting": [_state(q) for q in board.emergencies_waiting],
    }
