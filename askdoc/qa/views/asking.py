"""Asking without an account, and the asker's private tracking page."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from askdoc.intake import analysis
from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.forms import AskForm
from askdoc.qa.models import FollowUp, Question


def _preview(data: dict) -> dict:
    """What the redaction would publish, per field, without saving anything."""
    title, title_ids = analysis.redact(data.get("title") or "")
    body, body_ids = analysis.redact(data["body"])
    return {"title": title, "body": body, "removed": title_ids + body_ids}


def ask(request):
    form = AskForm(request.POST or None)
    context = {"form": form, "emergency_number": settings.ASKDOC_EMERGENCY_NUMBER}
    if request.method != "POST":
        return render(request, "qa/workflow/ask.html", context)
    if not form.is_valid():
        return render(request, "qa/workflow/ask.html", context, status=400)
    if "preview" in request.POST:
        context["preview"] = _preview(form.cleaned_data)
        return render(request, "qa/workflow/ask.html", context)
    data = {k: v for k, v in form.cleaned_data.items() if k not in ("consent", "website")}
    try:
        question = services.question_submit(**data)
    except Refused as refusal:
        context["refusal"] = refusal.message
        return render(request, "qa/workflow/ask.html", context, status=refusal.status)
    messages.success(
        request,
        _("Thank you, your question was sent. Keep this private link: it is the only way to follow your "
          "question, and anyone with it can read what you wrote."),
    )
    return redirect(question.get_tracking_url())


@never_cache  # private: no shared or browser cache may keep it
def track(request, token: str):
    question = (
        Question.objects.select_related("department").filter(tracking_token=token).first()
    )
    if question is None:
        context = {"title": _("Tracking link not found"),
                   "message": _("We could not find a question for this link. Check that you copied the whole link.")}
        return render(request, "error.html", context, status=404)
    return _render_tracking(request, question)


def _render_tracking(request, question: Question):
    answers = question.answers.filter(is_published=True).select_related("doctor", "doctor__department")
    context = {
        "question": question,
        "answers": answers if question.status == Question.Status.PUBLISHED else [],
        # Never the unredacted original: anyone holding the link (a shared device, a forwarded email) reads
        # this page, so it shows only what will be published; after publication, the published text.
        "show_redacted": question.status not in (Question.Status.PUBLISHED, Question.Status.REMOVED),
        "emergency_number": settings.ASKDOC_EMERGENCY_NUMBER,
        "follow_up": FollowUp.objects.filter(question=question).select_related("answered_by").first(),
        "follow_up_error": "",
    }
    if request.method == "POST" and question.status == Question.Status.PUBLISHED:
        try:
            services.follow_up_ask(question=question, body=request.POST.get("follow_up", ""))
        except Refused as refused:
            context["follow_up_error"] = refused.message
            context["follow_up_text"] = request.POST.get("follow_up", "")[:services.BODY_MAX]
            return render(request, "qa/workflow/track.html", context, status=refused.status)
        messages.success(request, _("Your follow-up question was sent to the doctor who answered."))
        return redirect(question.get_tracking_url())
    return render(request, "qa/workflow/track.html", context)
