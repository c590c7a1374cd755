"""Background work of the platform, queued after commit by askdoc.qa.services."""

from django_tasks import task

from askdoc.qa.models import AuditEvent, Question
from askdoc.qa.notifications import EMAILS, send_asker_email


@task()
def analyse_question(question_id: int) -> bool:
    """The intake analysis of an asked question (the sentence encoder), kept off the ask's request; returns whether
    it applied. Idempotent (askdoc.qa.services.question_analyse): a re-run after a killed worker finishes the job,
    a duplicate changes nothing."""
    from askdoc.qa import services

    return services.question_analyse(question_id=question_id)


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


# --- doctors and moderators (askdoc.qa.staff_notifications) ----------------------------------------------


@task()
def notify_department_queue(question_id: int) -> int:
    """Email the department's verified doctors who chose immediate emails that the question entered their queue;
    returns how many were mailed. Idempotent per doctor: a "doctor_notified" audit event marks each mail."""
    from askdoc.qa import staff_notifications as staff
    from askdoc.qa.models import DoctorProfile

    question = Question.objects.select_related("department").filter(pk=question_id).first()
    if question is None or question.status != Question.Status.QUEUED or question.department_id is None:
        return 0
    done = set(AuditEvent.objects.filter(question=question, action="doctor_notified")
               .values_list("target", flat=True))
    doctors = (DoctorProfile.objects.filter(department=question.department, is_verified=True, user__is_active=True,
                                            notify=DoctorProfile.Notify.IMMEDIATE)
               .exclude(user__email="").select_related("user"))
    sent = 0
    for doctor in doctors:
        marker = f"doctor {doctor.slug} ({doctor.department.slug})"
        if marker in done:
            continue
        staff.send(staff.queue_email(question, doctor), [doctor.user.email])
        AuditEvent.objects.create(actor_label="askdoc", action="doctor_notified", question=question, target=marker)
        sent += 1
    return sent


@task()
def notify_moderators_emergency(question_id: int) -> bool:
    """Email every moderator at once about a question flagged as a possible emergency (once)."""
    from askdoc.qa import services
    from askdoc.qa import staff_notifications as staff

    question = Question.objects.filter(pk=question_id, is_emergency=True).first()
    if question is None or AuditEvent.objects.filter(question=question, action="moderators_notified").exists():
        return False
    if services.question_redact(question):  # the email quotes the title: never the asker's original
        question.refresh_from_db()
    addresses = staff.moderator_addresses()
    for address in addresses:
        staff.send(staff.emergency_email(question), [address])
    AuditEvent.objects.create(actor_label="askdoc", action="moderators_notified", question=question,
                              changes={"count": len(addresses)})
    return bool(addresses)


@task()
def send_daily_digests() -> int:
    """One email per doctor who chose the daily digest, listing the questions that entered their department's
    queue since their last digest and still wait; returns how many were mailed. Safe to run more than once a day:
    a question is listed in one digest only."""
    from django.utils import timezone

    from askdoc.qa import staff_notifications as staff
    from askdoc.qa.models import DoctorProfile

    sent = 0
    doctors = (DoctorProfile.objects.filter(is_verified=True, user__is_active=True, notify=DoctorProfile.Notify.DAILY)
               .exclude(user__email="").select_related("user", "department"))
    for doctor in doctors:
        now = timezone.now()
        entered = AuditEvent.objects.filter(action__in=QUEUE_ENTRIES, question__department=doctor.department,
                                            question__status=Question.Status.QUEUED)
        if doctor.last_digest_at:
            entered = entered.filter(at__gt=doctor.last_digest_at)
        questions = list(Question.objects.filter(pk__in=entered.values("question")).order_by("-is_emergency",
                                                                                            "asked_at"))
        if questions:
            staff.send(staff.digest_email(doctor, questions), [doctor.user.email])
            sent += 1
        DoctorProfile.objects.filter(pk=doctor.pk).update(last_digest_at=now)
    return sent


# Audit actions after which a question is in a department's queue.
QUEUE_ENTRIES = ("approved", "auto_routed", "rerouted")


@task()
def notify_follow_up(follow_up_id: int) -> bool:
    """Email the first answering doctor that the asker added a follow-up question (once)."""
    from askdoc.qa import services
    from askdoc.qa import staff_notifications as staff
    from askdoc.qa.models import FollowUp

    follow_up = FollowUp.objects.select_related("question").filter(pk=follow_up_id).first()
    if follow_up is None or follow_up.is_answered:
        return False
    question = follow_up.question
    doctor = services.follow_up_doctor(question)
    if doctor is None or not doctor.user.email or AuditEvent.objects.filter(
            question=question, action="doctor_notified", target=f"follow-up for {doctor.slug}").exists():
        return False
    staff.send(staff.follow_up_email(question, doctor), [doctor.user.email])
    AuditEvent.objects.create(actor_label="askdoc", action="doctor_notified", question=question,
                              target=f"follow-up for {doctor.slug}")
    return True
