"""Emails to askers. Plain text, with links built from settings.SITE_URL (a worker has no request),
in the language of the interface the asker used when they asked (Question.asker_language)."""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _

from askdoc.qa.models import Question


def _link(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _asker_name(question: Question) -> str:
    # The email goes to the asker alone, so it greets them as they signed, until the original is purged.
    return question.original_nickname or question.nickname


def answered_email(question: Question) -> tuple[str, str]:
    subject = _("A doctor answered your question on {site}").format(site=settings.ASKDOC_SITE_NAME)
    body = _(
        "Hello {nickname},\n\n"
        "A doctor answered your question \"{title}\".\n\n"
        "Read the answer: {answer_url}\n"
        "Your private tracking page: {tracking_url}\n\n"
        "The answer is general information from a doctor who has not examined you; it is not a diagnosis.\n"
        "In an emergency call {emergency_number}.\n"
    ).format(nickname=_asker_name(question), title=question.display_title,
             answer_url=_link(question.get_absolute_url()),
             tracking_url=_link(question.get_tracking_url()), emergency_number=settings.ASKDOC_EMERGENCY_NUMBER)
    return subject, body


def _reason_email(question: Question, subject: str, what_happened: str) -> tuple[str, str]:
    body = _(
        "Hello {nickname},\n\n"
        "{what_happened} The reason:\n\n"
        "{reason}\n\n"
        "Your private tracking page: {tracking_url}\n\n"
        "In an emergency call {emergency_number}.\n"
    ).format(nickname=_asker_name(question), what_happened=what_happened, reason=question.rejection_reason,
             tracking_url=_link(question.get_tracking_url()), emergency_number=settings.ASKDOC_EMERGENCY_NUMBER)
    return subject, body


def rejected_email(question: Question) -> tuple[str, str]:
    return _reason_email(question, _("Your question on {site} was not published").format(
        site=settings.ASKDOC_SITE_NAME), _("A moderator could not publish your question."))


def removed_email(question: Question) -> tuple[str, str]:
    return _reason_email(
        question, _("Your question on {site} was taken down").format(site=settings.ASKDOC_SITE_NAME),
        _("A moderator took your answered question \"{title}\" off the public site.").format(
            title=question.display_title))


EMAILS = {"answered": answered_email, "rejected": rejected_email, "removed": removed_email}


def asker_email(question: Question, event: str) -> tuple[str, str]:
    """The subject and body of one email, worded in the asker's language."""
    with translation.override(question.asker_language or settings.LANGUAGE_CODE):
        return EMAILS[event](question)


def send_asker_email(question: Question, event: str) -> None:
    subject, body = asker_email(question, event)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [question.email])
