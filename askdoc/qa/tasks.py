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


@task()
def translate_question(question_id: int) -> bool:
    """Write (or refresh) the machine translation of a published Q&A; returns whether one was saved.

    Idempotent: a translation of the same original (source digest) is left alone. The LLM is called outside
    any transaction; only the checked result is written, through askdoc.qa.services.translation_save.
    """
    from askdoc.qa import services, translation

    question = Question.objects.filter(pk=question_id, status=Question.Status.PUBLISHED).first()
    if question is None or not translation.llm_configured():
        return False
    answers = list(question.answers.filter(is_published=True).order_by("replied_at", "pk"))
    digest = translation.source_digest(translation.original_parts(question, answers))
    language = translation.target_language(question)
    if question.translations.filter(language=language, source_digest=digest).exists():
        return False
    translated = translation.machine_translate(question, answers)
    if translated is None:
        return False
    services.translation_save(question=question, translated=translated)
    return True
