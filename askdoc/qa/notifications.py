"""Emails to askers. Plain text, with links built from settings.SITE_URL (a worker has no request)."""

from django.conf import settings
from django.core.mail import send_mail

from askdoc.qa.models import Question


def _link(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def answered_email(question: Question) -> tuple[str, str]:
    subject = f"A doctor answered your question on {settings.ASKDOC_SITE_NAME}"
    body = (
        f"Hello {question.original_nickname or question.nickname},\n\n"
        f"A doctor answered your question \"{question.display_title}\".\n\n"
        f"Read the answer: {_link(question.get_absolute_url())}\n"
        f"Your private tracking page: {_link(question.get_tracking_url())}\n\n"
        "The answer is general information from a doctor who has not examined you; it is not a diagnosis.\n"
        f"In an emergency call {settings.ASKDOC_EMERGENCY_NUMBER}.\n"
    )
    return subject, body


def _reason_email(question: Question, subject: str, what_happened: str) -> tuple[str, str]:
    body = (
        f"Hello {question.original_nickname or question.nickname},\n\n"
        f"{what_happened} The reason:\n\n"
        f"{question.rejection_reason}\n\n"
        f"Your private tracking page: {_link(question.get_tracking_url())}\n\n"
        f"In an emergency call {settings.ASKDOC_EMERGENCY_NUMBER}.\n"
    )
    return subject, body


def rejected_email(question: Question) -> tuple[str, str]:
    return _reason_email(question, f"Your question on {settings.ASKDOC_SITE_NAME} was not published",
                         "A moderator could not publish your question.")


def removed_email(question: Question) -> tuple[str, str]:
    return _reason_email(question, f"Your question on {settings.ASKDOC_SITE_NAME} was taken down",
                         f"A moderator took your answered question \"{question.display_title}\" off the public site.")


EMAILS = {"answered": answered_email, "rejected": rejected_email, "removed": removed_email}


def send_asker_email(question: Question, event: str) -> None:
    subject, body = EMAILS[event](question)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [question.email])
