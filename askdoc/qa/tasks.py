"""Background work of the platform, queued after commit by askdoc.qa.services."""

from django_tasks import task

from askdoc.qa.models import AuditEvent, Question
from askdoc.qa.notifications import EMAILS, send_asker_email


@task()
def notify_asker(question_id: int, event: str) -> bool:
    """Email the asker about `event` ("answered", "rejected" or "removed") once; returns whether a mail was sent.

    Idempotent: a "notified" audit event is the sent marker, so a retried or duplicated task does
    not mail twice. The mail goes out before the marker is written: a crash in between means a
    second mail rather than none.
    """
    if event not in EMAILS:
        return False
    question = Question.objects.filter(pk=question_id).first()
    if question is None or not question.email:
        return False
    if AuditEvent.objects.filter(question=question, action="notified", changes__event=event).exists():
        return False
    send_asker_email(question, event)
    AuditEvent.objects.create(actor=None, actor_label="askdoc", action="notified", question=question,
                              changes={"event": event})
    return True
