"""The doctors' desk: the department's queue, claiming, answering, publishing, "I agree"."""

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from askdoc.qa import draft, selectors, services
from askdoc.qa.copilot import Copilot, copilot_for
from askdoc.qa.errors import Refused
from askdoc.qa.forms import AnswerForm, ReasonForm
from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import Agreement, Answer, DoctorProfile, FollowUp, Question
from askdoc.qa.permissions import desk_refusal
from askdoc.qa.privacy_preview import highlighted, privacy_preview
from askdoc.qa.views.workflow import refuse, verified_doctors_only

Status = Question.Status
ACTIONS = ("claim", "release", "publish", "edit", "return", "approve_translation", "reconfirm", "follow_up")
RECENT_PUBLISHED = 20


@verified_doctors_only
def queue(request, doctor: DoctorProfile):
    in_department = Question.objects.filter(department=doctor.department).select_related("department")
    context = {
        "doctor": doctor,
        "queued": in_department.filter(status=Status.QUEUED).order_by("-is_emergency", "asked_at"),
        "claimed": in_department.filter(status=Status.CLAIMED, claimed_by=doctor).order_by("claimed_at"),
        "published": in_department.filter(status=Status.PUBLISHED)
        .exclude(answers__doctor=doctor)
        .order_by("-published_at")[:RECENT_PUBLISHED],
        "review_due": selectors.answers_due_for_review(doctor),
        "notify_choices": DoctorProfile.Notify.choices,
        "follow_ups": [f for f in FollowUp.objects.filter(answered_at=None, question__status=Status.PUBLISHED,
                                                          question__answers__doctor=doctor).select_related("question")
                       if services.follow_up_doctor(f.question) == doctor],
        "rereview_days": settings.ASKDOC_REREVIEW_DAYS,
    }
    return render(request, "qa/workflow/desk_queue.html", context)


def _render_desk(request, doctor: DoctorProfile, question: Question, *, forms: dict | None = None,
                 status: int = 200, refusal: str = "", written: draft.Draft | None = None,
                 copilot: Copilot | None = None):
    answers = list(question.answers.select_related("doctor", "doctor__department"))
    mine = next((a for a in answers if a.doctor_id == doctor.pk), None)
    agreed = set(Agreement.objects.filter(doctor=doctor, answer__question=question).values_list("answer_id", flat=True))
    forms = forms or {}
    context = {
        "doctor": doctor,
        "question": question,
        "translations": question.translations.select_related("approved_by"),
        "answers": [{"answer": a, "agreed": a.pk in agreed, "agree_count": a.agreement_set.count()} for a in answers],
        "mine": mine,
        "answer_form": forms.get("answer") or AnswerForm(prefix="answer"),
        "return_form": forms.get("return") or ReasonForm(prefix="return"),
        "edit_form": forms.get("edit") or AnswerForm(prefix="edit", initial={"body": mine.body if mine else ""}),
        "in_department": question.department_id == doctor.department_id,
        "can_answer": mine is None and question.department_id == doctor.department_id and (
            question.status == Status.PUBLISHED
            or (question.status == Status.CLAIMED and question.claimed_by_id == doctor.pk)),
        "refusal": refusal,
        # Auto-routed questions reach the desk before any person checked them: the answering doctor does it.
        "privacy_check": not question.privacy_confirmed and question.department_id == doctor.department_id
        and question.status in (Status.QUEUED, Status.CLAIMED),
        "preview": privacy_preview(question),
        "review_reasons": selectors.review_reasons(mine) if mine else [],
        # Help while answering: only for the department's doctors, who are the ones writing here.
        "copilot": (copilot or copilot_for(question)) if question.department_id == doctor.department_id else None,
        "draft_available": draft.available(),
        "draft": written,
        **_follow_up_context(question, doctor),
    }
    return render(request, "qa/workflow/desk_question.html", context, status=status)


def _follow_up_context(question: Question, doctor: DoctorProfile) -> dict:
    follow_up = FollowUp.objects.filter(question=question).select_related("answered_by").first()
    if follow_up is None:
        return {"follow_up": None}
    return {"follow_up": follow_up, "follow_up_mine": services.follow_up_doctor(question) == doctor,
            "follow_up_pieces": highlighted(follow_up.original_body, follow_up.redactions or [], "follow_up")}


def _perform(action: str, request, doctor: DoctorProfile, question: Question) -> tuple[str, dict]:
    """Run one desk action; returns the success message, or raises Refused / returns bound invalid forms."""
    if action == "claim":
        services.question_claim(question=question, doctor=doctor)
        return _("You claimed this question. Other doctors now see that you are answering it."), {}
    if action == "release":
        services.question_release(question=question, doctor=doctor)
        return _("You released this question; it is back in the department's queue."), {}
    if action == "publish":
        form = AnswerForm(request.POST, prefix="answer")
        if not form.is_valid():
            return "", {"answer": form}
        services.answer_publish(question=question, doctor=doctor, body=form.cleaned_data["body"],
                                privacy_confirmed=form.cleaned_data["privacy_confirmed"])
        return _("Your answer is published."), {}
    if action == "approve_translation":
        pk = request.POST.get("translation", "")
        translation = question.translations.filter(pk=pk).first() if pk.isdigit() else None
        if translation is None:
            raise Refused(_("There is no machine translation to approve."), status=400)
        services.translation_approve(translation=translation, doctor=doctor)
        return _("The machine translation is approved."), {}
    if action == "reconfirm":
        answer = question.answers.filter(doctor=doctor).first()
        if answer is None:
            raise Refused(_("You have not answered this question yet."), status=400)
        services.answer_reconfirm(answer=answer, doctor=doctor)
        return _("You re-confirmed your answer; the public page shows today's review date."), {}
    if action == "follow_up":
        follow_up = FollowUp.objects.filter(question=question).first()
        if follow_up is None:
            raise Refused(_("This question has no follow-up."), status=400)
        services.follow_up_answer(follow_up=follow_up, doctor=doctor, body=request.POST.get("follow_up-body", ""),
                                  privacy_confirmed=request.POST.get("follow_up-privacy_confirmed") == "on")
        return _("Your reply to the follow-up is published."), {}
    if action == "return":
        form = ReasonForm(request.POST, prefix="return")
        if not form.is_valid():
            return "", {"return": form}
        services.question_return_to_moderation(question=question, doctor=doctor, reason=form.cleaned_data["reason"])
        return _("The question went back to the moderators for a privacy edit."), {}
    form = AnswerForm(request.POST, prefix="edit")
    if not form.is_valid():
        return "", {"edit": form}
    answer = question.answers.filter(doctor=doctor).first()
    if answer is None:
        raise Refused(_("You have not answered this question yet."), status=400)
    services.answer_edit(answer=answer, doctor=doctor, body=form.cleaned_data["body"])
    return _("Your answer was updated."), {}


@verified_doctors_only
def answer(request, doctor: DoctorProfile, pk: int):
    question = get_object_or_404(Question.objects.select_related("department", "claimed_by"), pk=pk)
    refusal = desk_refusal(question, doctor)
    if refusal:
        return refuse(request, refusal)
    if request.method != "POST":
        return _render_desk(request, doctor, question)
    action = request.POST.get("action", "")
    if action == "draft":
        return _draft(request, doctor, question)
    if action not in ACTIONS:
        return _render_desk(request, doctor, question, status=400, refusal=_("Choose one of the actions on this page."))
    try:
        done, invalid = _perform(action, request, doctor, question)
    except Refused as refused:
        question.refresh_from_db()
        # Keep what the doctor typed when publishing was refused.
        typed = {"answer": AnswerForm(request.POST, prefix="answer")} if action == "publish" else None
        return _render_desk(request, doctor, question, status=refused.status, refusal=refused.message, forms=typed)
    if invalid:
        return _render_desk(request, doctor, question, forms=invalid, status=400)
    messages.success(request, done)
    if action in ("release", "return"):
        return redirect("doctor_queue")
    return redirect("doctor_answer", pk=question.pk)


def _draft(request, doctor: DoctorProfile, question: Question):
    """The page again with a draft reply next to the answer box; what the doctor typed stays in it."""
    typed = {"answer": AnswerForm(prefix="answer", initial={"body": request.POST.get("answer-body", "")})}
    if question.department_id != doctor.department_id:
        return _render_desk(request, doctor, question, status=403, forms=typed,
                            refusal=_("Only the department's doctors can draft a reply here."))
    copilot = copilot_for(question)
    try:
        written = draft.draft_reply(question, copilot)
    except Refused as refused:
        return _render_desk(request, doctor, question, status=refused.status, refusal=refused.message, forms=typed,
                            copilot=copilot)
    return _render_desk(request, doctor, question, forms=typed, written=written, copilot=copilot)


@verified_doctors_only
def agree(request, doctor: DoctorProfile, pk: int):
    target = get_object_or_404(Answer.objects.select_related("question", "question__department"), pk=pk)
    question = target.question
    if request.method != "POST":
        return redirect("doctor_answer", pk=question.pk)
    refusal = desk_refusal(question, doctor)
    if refusal:
        return refuse(request, refusal)
    wants = request.POST.get("agree", "1") != "0"
    try:
        agrees = services.answer_agree(answer=target, doctor=doctor, agree=wants)
    except Refused as refused:
        return _render_desk(request, doctor, question, status=refused.status, refusal=refused.message)
    messages.success(request, _("You agree with this answer.") if agrees else _("You withdrew your agreement."))
    return redirect("doctor_answer", pk=question.pk)


@verified_doctors_only
def notifications(request, doctor: DoctorProfile):
    """The doctor's choice of emails about new questions in their department."""
    if request.method == "POST":
        try:
            services.doctor_notify_set(doctor=doctor, notify=request.POST.get("notify", ""))
        except Refused as refused:
            return refuse(request, refused.message, status=refused.status)
        messages.success(request, _("Your email preference was saved."))
    return redirect("doctor_queue")


@require_POST
@verified_doctors_only
def answer_preview(request, doctor: DoctorProfile, pk: int):
    """The answer as the public page will render it (the same sanitised Markdown), for the live preview."""
    question = get_object_or_404(Question, pk=pk)
    if desk_refusal(question, doctor):
        return JsonResponse({"detail": _("This question is not open to you.")}, status=403)
    body = request.POST.get("body", "")[:services.ANSWER_MAX]
    return JsonResponse({"html": render_markdown(body)})
