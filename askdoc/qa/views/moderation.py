"""The moderation queue and the review page (moderators only)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from askdoc.qa import selectors, services
from askdoc.qa.errors import Refused
from askdoc.qa.forms import ApproveForm, EditQuestionForm, ReasonForm, RerouteForm
from askdoc.qa.models import Department, Question
from askdoc.qa.privacy_preview import privacy_preview
from askdoc.qa.views.workflow import moderators_only

Status = Question.Status
PER_PAGE = 50


@moderators_only
def queue(request):
    tabs = selectors.moderation_tabs()
    current = request.GET.get("tab") if request.GET.get("tab") in tabs else "pending"
    page = Paginator(tabs[current][1], PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "tabs": [(key, label, qs.count()) for key, (label, qs) in tabs.items()],
        "current": current,
        "page": page,
        "department_names": dict(Department.objects.values_list("slug", "name")),
    }
    return render(request, "qa/workflow/moderation_queue.html", context)


def _forms(question: Question, data=None, action: str | None = None) -> dict:
    """Every form of the page; only the one that was posted is bound to the request."""
    suggested = question.department.slug if question.department_id else (
        question.triage[0]["slug"] if question.triage else None)
    edit_initial = {"nickname": question.nickname, "title": question.title, "page_title": question.page_title,
                    "body": question.body}
    return {
        "approve": ApproveForm(data if action == "approve" else None, prefix="approve",
                               initial={"department": suggested}),
        "edit": EditQuestionForm(data if action == "edit" else None, prefix="edit", initial=edit_initial),
        "reroute": RerouteForm(data if action == "reroute" else None, prefix="reroute"),
        "reject": ReasonForm(data if action == "reject" else None, prefix="reject"),
        "remove": ReasonForm(data if action == "remove" else None, prefix="remove"),
    }


def _perform(action: str, form, question: Question, moderator) -> str:
    data = form.cleaned_data
    if action == "approve":
        services.question_approve(question=question, moderator=moderator, department=data["department"])
        return _("Approved and sent to {department}.").format(department=data["department"].local_name)
    if action == "edit":
        services.question_edit(question=question, moderator=moderator, **data)
        return _("Your changes were saved.")
    if action == "reroute":
        services.question_reroute(question=question, moderator=moderator, department=data["department"])
        return _("Re-routed to {department}.").format(department=data["department"].local_name)
    if action == "reject":
        services.question_reject(question=question, moderator=moderator, reason=data["reason"])
        return _("Rejected. The asker sees your reason on their tracking page.")
    services.question_remove(question=question, moderator=moderator, reason=data["reason"])
    return _("Removed from the site.")


def _audit_rows(events) -> list[dict]:
    """Each event with its changes as (field, old, new) rows; details that are not a change have no old."""
    rows = []
    for event in events:
        changes = event.changes if isinstance(event.changes, dict) else {"details": event.changes}
        details = [
            (field, value[0], value[1]) if isinstance(value, list) and len(value) == 2 else (field, None, value)
            for field, value in changes.items()
        ]
        rows.append({"event": event, "details": details})
    return rows


def _render_review(request, question: Question, forms: dict, *, status: int = 200, refusal: str = "",
                   failed: str = ""):
    departments = {d.slug: d.local_name for d in Department.objects.all()}
    context = {
        "question": question,
        "forms": forms,
        "failed": failed,
        "refusal": refusal,
        "triage": [{"name": departments.get(t.get("slug"), t.get("slug")), **t} for t in question.triage[:5]],
        "preview": privacy_preview(question),
        "audit": _audit_rows(question.audit.all()[:100]),
        "answers": question.answers.select_related("doctor"),
    }
    return render(request, "qa/workflow/moderation_review.html", context, status=status)


@moderators_only
def review(request, pk: int):
    question = get_object_or_404(Question.objects.select_related("department", "claimed_by"), pk=pk)
    if request.method != "POST":
        return _render_review(request, question, _forms(question))
    action = request.POST.get("action", "")
    if action not in ("approve", "edit", "reroute", "reject", "remove"):
        return _render_review(request, question, _forms(question), status=400,
                              refusal=_("Choose one of the actions on this page."))
    forms = _forms(question, request.POST, action)
    if not forms[action].is_valid():
        return _render_review(request, question, forms, status=400, failed=action)
    try:
        done = _perform(action, forms[action], question, request.user)
    except Refused as refusal:
        question.refresh_from_db()
        return _render_review(request, question, forms, status=refusal.status, refusal=refusal.message, failed=action)
    messages.success(request, done)
    if action in ("approve", "reject"):
        return redirect("moderation_queue")
    return redirect("moderation_review", pk=question.pk)
