"""Emails to doctors and moderators: a question entered a doctor's department queue (at once or in a daily digest,
as the doctor chose), and a question flagged as a possible emergency (to every moderator, at once).

Plain text with links from settings.SITE_URL; no asker's email, original text or tracking link is ever included.
"""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.urls import reverse

from askdoc.qa.models import DoctorProfile, Question
from askdoc.qa.permissions import MODERATORS_GROUP


def _link(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _line(question: Question) -> str:
    flag = "[possible emergency] " if question.is_emergency else ""
    url = _link(reverse("doctor_answer", args=[question.pk]))
    return f"- {flag}{question.display_title} ({question.asked_at:%Y/%m/%d})\n  {url}"


def queue_email(question: Question, doctor: DoctorProfile) -> tuple[str, str]:
    department = doctor.department  # the question's: only its own doctors are mailed
    subject = f"New question for {department.name} on {settings.ASKDOC_SITE_NAME}"
    body = (f"Hello Dr. {doctor.display_name},\n\nA question is waiting in {department.name}:\n\n"
            f"{_line(question)}\n\nYour desk: {_link(reverse('doctor_queue'))}\n"
            "You get these emails one by one; change it to a daily digest in your profile.\n")
    return subject, body


def digest_email(doctor: DoctorProfile, questions: list[Question]) -> tuple[str, str]:
    subject = f"{len(questions)} new question(s) for {doctor.department.name} on {settings.ASKDOC_SITE_NAME}"
    lines = "\n".join(_line(q) for q in questions)
    body = (f"Hello Dr. {doctor.display_name},\n\nSince your last digest these questions entered the "
            f"{doctor.department.name} queue and are still waiting:\n\n{lines}\n\n"
            f"Your desk: {_link(reverse('doctor_queue'))}\n")
    return subject, body


def emergency_email(question: Question) -> tuple[str, str]:
    subject = f"Possible emergency asked on {settings.ASKDOC_SITE_NAME}: please review now"
    reasons = "\n".join(f"- {r}" for r in question.emergency_reasons or []) or "- (no reason recorded)"
    body = (f"A question was flagged as a possible emergency:\n\n{question.display_title}\n\nWhy:\n{reasons}\n\n"
            f"Review it: {_link(reverse('moderation_review', args=[question.pk]))}\n"
            "The asker was told to call the emergency number.\n")
    return subject, body


def moderator_addresses() -> list[str]:
    users = User.objects.filter(is_active=True).exclude(email="")
    moderators = users.filter(groups__name=MODERATORS_GROUP) | users.filter(is_superuser=True)
    return sorted(set(moderators.values_list("email", flat=True)))


def send(subject_body: tuple[str, str], to: list[str]) -> None:
    subject, body = subject_body
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)


def follow_up_email(question: Question, doctor: DoctorProfile) -> tuple[str, str]:
    subject = f"A follow-up question on your answer on {settings.ASKDOC_SITE_NAME}"
    body = (f"Hello Dr. {doctor.display_name},\n\nThe asker of \"{question.display_title}\" added a follow-up "
            f"question to your answer. Answer it on your desk:\n\n{_link(reverse('doctor_answer', args=[question.pk]))}"
            "#follow-up\n")
    return subject, body
