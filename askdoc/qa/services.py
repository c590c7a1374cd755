"""Writes of the question workflow: ask → moderate → claim → answer → publish.

Every function is keyword-only, runs in one transaction, refuses with askdoc.qa.errors.Refused
(a sentence written for the person who tried) and records an AuditEvent for every status change
and edit. Background work (emails, the knowledge engine) is queued only after the commit, so a
worker never sees a question the transaction has not saved yet.
"""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from askdoc.intake import analysis
from askdoc.qa import languages
from askdoc.qa.errors import Refused
from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import (
    Agreement,
    Answer,
    AuditEvent,
    Department,
    DoctorProfile,
    FollowUp,
    Question,
    QuestionTranslation,
)
from askdoc.qa.permissions import is_moderator
from askdoc.qa.selectors import source_keys

NICKNAME_MAX = 40
TITLE_MAX = 200
BODY_MIN = 20
BODY_MAX = 5000
ANSWER_MIN = 20
ANSWER_MAX = 20000
REASON_MAX = 1000
SLUG_MAX = 100
# What the page shows when nothing of the nickname is left after redaction.
ANONYMOUS = "Anonymous"
# A doctor who claimed a question and went quiet should not block it for ever; after a day
# another doctor of the department may take it over.
CLAIM_TIMEOUT = timedelta(hours=24)

Status = Question.Status
logger = logging.getLogger(__name__)


# --- helpers -------------------------------------------------------------------------------


def _audit(*, actor, actor_label: str, action: str, question: Question | None, changes: dict | None = None,
           target: str = "") -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor, actor_label=actor_label[:150], action=action, question=question,
        changes=changes or {}, target=target[:200],
    )


def _user_label(user) -> str:
    doctor = getattr(user, "doctor", None)
    if doctor is not None:
        return f"Dr. {doctor.display_name}"
    return user.get_username()


def _lock(question: Question) -> Question:
    """Lock the question's row and reload it, so two people acting at once cannot both win."""
    Question.objects.select_for_update().filter(pk=question.pk).values_list("pk", flat=True).get()
    question.refresh_from_db()
    return question


def _require_moderator(user) -> None:
    if user is None or not is_moderator(user):
        raise Refused(_("Only moderators can do this."))


def _require_verified(doctor: DoctorProfile | None) -> DoctorProfile:
    if doctor is None:
        raise Refused(_("Only verified doctors can do this."))
    if not doctor.is_verified:
        raise Refused(_("Your licence is not verified yet, so you cannot answer questions. "
                        "A moderator will verify it soon."))
    return doctor


def _require_department_doctor(question: Question, doctor: DoctorProfile | None) -> DoctorProfile:
    doctor = _require_verified(doctor)
    if question.department_id != doctor.department_id:
        if not question.department_id:
            raise Refused(_("This question has no department yet; only that department's doctors can take it."))
        raise Refused(_("This question is for {department}; only that department's doctors can take it.").format(
            department=question.department.local_name))
    return doctor


# What the refusals call each field, in the reader's language.
FIELD_NOUNS = {
    "nickname": gettext_lazy("nickname"), "title": gettext_lazy("title"), "question": gettext_lazy("question"),
    "email address": gettext_lazy("email address"), "page title": gettext_lazy("page title"),
    "reason": gettext_lazy("reason"), "answer": gettext_lazy("answer"),
}


def _clean_text(value, *, field: str, maximum: int, minimum: int = 0, required: bool = True) -> str:
    text = (value or "").strip() if isinstance(value, str) or value is None else None
    noun = FIELD_NOUNS.get(field, field)
    if text is None:
        raise Refused(_("The {noun} must be text.").format(noun=noun), status=400)
    if required and not text:
        raise Refused(_("Please write the {noun}.").format(noun=noun), status=400)
    if text and len(text) < minimum:
        raise Refused(_("The {noun} is too short: write at least {minimum} characters.").format(
            noun=noun, minimum=minimum), status=400)
    if len(text) > maximum:
        raise Refused(_("The {noun} is too long: at most {maximum} characters.").format(
            noun=noun, maximum=maximum), status=400)
    return text


def _department(department) -> Department:
    if isinstance(department, Department):
        return department
    found = Department.objects.filter(slug=str(department or "")).first()
    if found is None:
        raise Refused(_("Choose one of the listed departments."), status=400)
    return found


def _analyze(text: str, *, age_range: str, gender: str) -> analysis.Analysis:
    """The intake analysis, or a neutral one when it fails: the asker's question must not be lost to a
    triage bug, and without a department it simply waits for a moderator (redaction runs separately)."""
    try:
        return analysis.analyze_question(text, age_range=age_range, gender=gender)
    except Exception:
        logger.exception("intake analysis failed; the question goes to the moderators unrouted")
        return analysis.Analysis(department=None, redacted_text=text)


def _redact_field(field: str, text: str) -> tuple[str, list[dict]]:
    redacted, identifiers = analysis.redact(text)
    found = [
        {"field": field, "type": i.type, "start": i.start, "end": i.end, "text": i.text} for i in identifiers
    ]
    return redacted, found


def _public_nickname(nickname: str) -> tuple[str, list[dict]]:
    """The nickname as the public sees it. The ask form asks for a nickname, not a name: an identifier or a full
    personal name typed there is taken out like one in the question, and what is left (or "Anonymous") is shown.
    A single given name stays ("Yucheng" on the reference page): it is the usual pseudonym, and the person who
    checks privacy sees the nickname in the preview and can change it."""
    _, found = _redact_field("nickname", nickname)
    found = [f for f in found if f["type"] != "name" or len(f["text"].split()) > 1]
    if not found:
        return nickname, []
    kept, cursor = [], 0
    for span in sorted(found, key=lambda f: f["start"]):
        kept.append(nickname[cursor:span["start"]])
        cursor = max(cursor, span["end"])
    kept.append(nickname[cursor:])
    public = re.sub(r"\s+", " ", "".join(kept)).strip(" ,;:-_/|.")
    return (public if re.search(r"\w", public) else ANONYMOUS), found


def _confirm_privacy(question: Question, user) -> dict:
    """Record that a person checked the redaction preview; returns the audit change (empty if already done)."""
    if question.privacy_confirmed_at is not None:
        return {}
    question.privacy_confirmed_at = timezone.now()
    question.privacy_confirmed_by = user
    return {"privacy_confirmed": [False, True]}


def _set_status(question: Question, new: str) -> list:
    old = question.status
    question.status = new
    return [old, new]


def _after_commit(func, *args) -> None:
    transaction.on_commit(lambda: func(*args))


def _enqueue_enrich(question: Question) -> None:
    from askdoc.knowledge import services as knowledge_services
    from askdoc.knowledge import tasks as knowledge_tasks

    # The search row in this transaction (found by every process once it commits); links, More Info and
    # the rest of the enrichment in the worker.
    knowledge_services.question_index_in_transaction(question=question)
    _after_commit(knowledge_tasks.enrich_question.enqueue, question.pk)
    # The moments that refresh More Info (publication, edits of a published Q&A) also date its translation.
    if settings.ASKDOC_LLM_URL:
        from askdoc.qa import tasks

        _after_commit(tasks.translate_question.enqueue, question.pk)


def _enqueue_unindex(question: Question) -> None:
    from askdoc.knowledge import tasks as knowledge_tasks

    _after_commit(knowledge_tasks.unindex_question.enqueue, question.pk)


def _schedule_original_purge(question: Question) -> None:
    """Queue the purge of the unredacted original for when its retention ends, so no cron is needed.
    The purge is idempotent and only touches questions that are due; a backend that cannot defer
    (the inline one in tests) runs it at once, which finds nothing due yet."""
    from askdoc.intake.tasks import purge_originals

    task = purge_originals
    if task.get_backend().supports_defer:
        task = task.using(run_after=question.original_purge_after)
    _after_commit(task.enqueue)


def _purge_original_within(question: Question, days: int) -> None:
    """Give the unredacted original a purge date at most `days` from now (an earlier one stays) and schedule
    it. Every original has one from the moment it is asked: publication, rejection and removal bring it
    closer; a question left pending is purged after ASKDOC_PENDING_ORIGINAL_DAYS."""
    due = timezone.now() + timedelta(days=days)
    if question.original_purge_after is None or due < question.original_purge_after:
        question.original_purge_after = due
        _schedule_original_purge(question)


def _notify_asker(question: Question, event: str) -> None:
    if not question.email:
        return
    from askdoc.qa import tasks

    _after_commit(tasks.notify_asker.enqueue, question.pk, event)


def _notify_queue(question: Question) -> None:
    """The question entered its department's queue: tell the doctors who want to know at once."""
    from askdoc.qa import tasks

    _after_commit(tasks.notify_department_queue.enqueue, question.pk)


def question_slug(question: Question) -> str:
    source = question.page_title or question.title or question.body[:80]
    return slugify(source)[:SLUG_MAX].strip("-") or "question"


# --- asking ----------------------------------------------------------------------------------


def question_submit(*, nickname: str, age_range: str, gender: str, body: str, title: str = "",
                    email: str = "") -> Question:
    """Save a visitor's question, waiting for its redaction and analysis; answer at once.

    Only the emergency rules (the warning the asker must see now) run in the request. The question is stored as
    asked, in the private original fields only: the redaction (~1.5 ms of CPU, what may ever be public) and the
    intake analysis (the sentence encoder: triage, routing, the page title, the classifier's emergency signs) run
    in the task worker (`question_analyse`), the redaction first. 200 asks at once would otherwise queue that CPU
    in front of every other request."""
    original_nickname = _clean_text(nickname, field="nickname", maximum=NICKNAME_MAX)
    title = _clean_text(title, field="title", maximum=TITLE_MAX, required=False)
    body = _clean_text(body, field="question", maximum=BODY_MAX, minimum=BODY_MIN)
    email = _clean_text(email, field="email address", maximum=254, required=False)
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise Refused(_("Enter a valid email address, or leave it empty."), status=400) from None
    if age_range not in Question.AgeRange.values:
        raise Refused(_("Choose an age range from the list."), status=400)
    if gender not in Question.Gender.values:
        raise Refused(_("Choose a gender from the list."), status=400)

    warning = analysis.emergency_at_once(_asked_text(title, body))
    # The interface the asker used decides their emails' language; the text decides the question's own.
    asker_language = languages.current()
    language = languages.detect_language(f"{title}\n{body}", default=asker_language)
    with transaction.atomic():
        question = Question.objects.create(
            age_range=age_range, gender=gender, email=email, language=language, asker_language=asker_language,
            original_nickname=original_nickname, original_title=title, original_body=body, redaction_pending=True,
            is_emergency=bool(warning), emergency_reasons=list(warning.reasons),
            status=Status.PENDING, analysis_pending=True,
            original_purge_after=timezone.now() + timedelta(days=settings.ASKDOC_PENDING_ORIGINAL_DAYS),
        )
        _audit(actor=None, actor_label="Asker", action="submitted", question=question,
               changes={"status": [None, Status.PENDING], "emergency": question.is_emergency})
        _enqueue_analysis(question)
        if question.is_emergency:
            from askdoc.qa import tasks

            _enqueue_with_commit(tasks.notify_moderators_emergency, question.pk)
    return question


# How many asks waiting for their redaction one analysis redacts before its own encoder work (a burst of asks).
REDACT_AHEAD = 50


def question_redact(question: Question) -> bool:
    """Fill in what may be public (the title, the question, the nickname) from the asker's originals with the
    identifiers taken out; the worker's first step for a new question (before any encoder work), or the moderators'
    emergency email's if that comes first. Idempotent; returns whether it applied."""
    if not question.redaction_pending:
        return False
    # Each field on its own, so the stored offsets point into that field's original.
    title, title_ids = _redact_field("title", question.original_title)
    body, body_ids = _redact_field("body", question.original_body)
    nickname, nickname_ids = _public_nickname(question.original_nickname)
    with transaction.atomic():
        question = _lock(question)
        if not question.redaction_pending:
            return False
        question.title, question.body, question.nickname = title[:TITLE_MAX], body, nickname
        question.redactions = nickname_ids + title_ids + body_ids
        if not nickname_ids:  # a nickname with nothing taken out is public as typed: no private copy needed
            question.original_nickname = ""
        question.redaction_pending = False
        question.save(update_fields=["title", "body", "nickname", "redactions", "original_nickname",
                                     "redaction_pending", "updated_at"])
    return True


def _asked_text(title: str, body: str) -> str:
    return "\n\n".join(part for part in (title, body) if part)


def _enqueue_analysis(question: Question) -> None:
    from askdoc.qa import tasks

    _enqueue_with_commit(tasks.analyse_question, question.pk)


def _enqueue_with_commit(task, *args) -> None:
    """Queue a task that the current transaction's rows need. The database queue takes it inside the transaction:
    the task row commits with them (one commit per ask instead of two, and no moment when a question is saved
    without its task); another queue (Redis) only after the commit, so its worker finds the rows."""
    from django_tasks_db import DatabaseBackend

    if isinstance(task.get_backend(), DatabaseBackend):
        task.enqueue(*args)
    else:
        _after_commit(task.enqueue, *args)


def question_analyse(*, question_id: int) -> bool:
    """Run the intake analysis of an asked question and apply it: triage, the page title, the classifier's
    emergency signs, and routing to a department when triage is confident. Returns whether it applied.

    Idempotent: `analysis_pending` is the marker, cleared in the same transaction that applies the result, so a
    worker killed before the commit leaves it for the task's next run and a second run changes nothing. The
    analysis (the encoder) runs outside the transaction; the question is locked only to write."""
    question = Question.objects.filter(pk=question_id, analysis_pending=True).first()
    if question is None:
        return False
    # First, before any encoder work: what the askers' tracking pages and the moderators wait for, this question's
    # and those of a burst of asks queued behind it (each analysis takes far longer than a redaction).
    question_redact(question)
    for waiting in Question.objects.filter(redaction_pending=True).order_by("pk")[:REDACT_AHEAD]:
        question_redact(waiting)
    # The originals (what the emergency rules must read) are kept until the purge; after it, the redacted text.
    text = _asked_text(question.original_title or question.title, question.original_body or question.body)
    result = _analyze(text, age_range=question.age_range, gender=question.gender)
    with transaction.atomic():
        question = _lock(question)
        if not question.analysis_pending:
            return False
        _apply_analysis(question, result)
    return True


def _apply_analysis(question: Question, result: analysis.Analysis) -> None:
    question.analysis_pending = False
    # The purge of the original (its date was set by the ask) is queued from here, not from the ask: one write
    # less in the ask's request, and a worker that died before this commit queues it on the task's next run.
    _schedule_original_purge(question)
    question.triage = [{"slug": d["slug"], "score": float(d["score"])} for d in result.departments]
    if not question.page_title:  # a moderator's edit made before the analysis stays
        question.page_title = analysis.redact(result.title or "")[0][:TITLE_MAX]
    newly_emergency = bool(result.emergency) and not question.is_emergency
    if result.emergency:
        question.is_emergency = True
        question.emergency_reasons = list(dict.fromkeys([*question.emergency_reasons, *result.emergency_reasons]))
    department = Department.objects.filter(slug=result.department).first() if result.department else None
    changes: dict = {}
    if question.status == Status.PENDING and question.department_id is None and department is not None:
        question.department = department  # a suggestion for the moderator until routed
        if not question.is_emergency and result.confidence >= settings.ASKDOC_TRIAGE_AUTO_ROUTE:
            changes = {"status": _set_status(question, Status.QUEUED), "department": [None, department.slug],
                       "confidence": result.confidence}
    question.save()
    _audit(actor=None, actor_label="Triage", action="analysed", question=question,
           changes={"emergency": question.is_emergency, "department": result.department})
    if changes:
        _audit(actor=None, actor_label="Triage", action="auto_routed", question=question, changes=changes)
        _notify_queue(question)
    if newly_emergency:
        from askdoc.qa import tasks

        _after_commit(tasks.notify_moderators_emergency.enqueue, question.pk)


# --- moderation ------------------------------------------------------------------------------


@transaction.atomic
def question_approve(*, question: Question, moderator, department) -> Question:
    _require_moderator(moderator)
    department = _department(department)
    question = _lock(question)
    if question.analysis_pending:  # routing waits for the triage and the classifier's emergency check
        raise Refused(_("This question is still being analysed (usually a few seconds); try again shortly."),
                      status=409)
    if question.status not in (Status.PENDING, Status.REJECTED):
        raise Refused(_("This question is already past moderation ({status}).").format(
            status=question.get_status_display().lower()), status=400)
    old_department = question.department.slug if question.department_id else None
    changes = {"status": _set_status(question, Status.QUEUED), "department": [old_department, department.slug]}
    # The review page shows the redaction preview (nickname included): approving confirms it.
    changes |= _confirm_privacy(question, moderator)
    question.department = department
    question.rejection_reason = ""
    question.save()
    _audit(actor=moderator, actor_label=_user_label(moderator), action="approved", question=question,
           changes=changes)
    _notify_queue(question)
    return question


@transaction.atomic
def question_edit(*, question: Question, moderator, title: str, body: str, page_title: str,
                  nickname: str | None = None) -> Question:
    """A moderator's privacy edit of what will be (or is) published; a blank nickname keeps the current one."""
    _require_moderator(moderator)
    nickname = _clean_text(nickname, field="nickname", maximum=NICKNAME_MAX, required=False) or question.nickname
    title = _clean_text(title, field="title", maximum=TITLE_MAX, required=False)
    page_title = _clean_text(page_title, field="page title", maximum=TITLE_MAX, required=False)
    body = _clean_text(body, field="question", maximum=BODY_MAX, minimum=BODY_MIN)
    question = _lock(question)
    if question.status == Status.REMOVED:
        raise Refused(_("This question was removed; it can no longer be edited."), status=400)
    if question.redaction_pending:  # the form showed no redacted text to edit yet
        raise Refused(_("This question is still being checked for personal details (usually a few seconds); "
                        "try again shortly."), status=409)
    changes = {}
    for field, new in (("nickname", nickname), ("title", title), ("page_title", page_title), ("body", body)):
        old = getattr(question, field)
        if old != new:
            changes[field] = [old, new]
            setattr(question, field, new)
    if not changes:
        return question
    if question.status == Status.PUBLISHED and "page_title" in changes:
        question.slug = question_slug(question)
    question.save()
    _audit(actor=moderator, actor_label=_user_label(moderator), action="edited", question=question,
           changes=changes)
    if question.status == Status.PUBLISHED:
        _enqueue_enrich(question)
    return question


@transaction.atomic
def question_reroute(*, question: Question, moderator, department) -> Question:
    _require_moderator(moderator)
    department = _department(department)
    question = _lock(question)
    if question.status in (Status.PENDING, Status.REJECTED):
        raise Refused(_("Approve this question with the department you want instead."), status=400)
    if question.status == Status.REMOVED:
        raise Refused(_("This question was removed; it can no longer be re-routed."), status=400)
    if question.department_id == department.pk:
        raise Refused(_("This question is already in {department}.").format(department=department.local_name),
                      status=400)
    old_department = question.department.slug if question.department_id else None
    changes = {"department": [old_department, department.slug]}
    if question.status == Status.CLAIMED:
        # The claimer belongs to the old department; the question goes back to the new one's queue.
        changes["status"] = _set_status(question, Status.QUEUED)
        changes["claimed_by"] = [str(question.claimed_by), None]
        question.claimed_by = None
        question.claimed_at = None
    question.department = department
    question.save()
    _audit(actor=moderator, actor_label=_user_label(moderator), action="rerouted", question=question,
           changes=changes)
    if question.status == Status.QUEUED:
        _notify_queue(question)
    if question.status == Status.PUBLISHED:
        _enqueue_enrich(question)
    return question


@transaction.atomic
def question_reject(*, question: Question, moderator, reason: str) -> Question:
    _require_moderator(moderator)
    reason = _clean_text(reason, field="reason", maximum=REASON_MAX)
    question = _lock(question)
    if question.status not in (Status.PENDING, Status.QUEUED, Status.CLAIMED):
        raise Refused(_("Only questions that are not yet answered can be rejected; remove a published one instead."),
                      status=400)
    changes = {"status": _set_status(question, Status.REJECTED), "rejection_reason": [question.rejection_reason,
                                                                                       reason]}
    question.rejection_reason = reason
    question.claimed_by = None
    question.claimed_at = None
    _purge_original_within(question, settings.ASKDOC_ORIGINAL_RETENTION_DAYS)
    question.save()
    _audit(actor=moderator, actor_label=_user_label(moderator), action="rejected", question=question,
           changes=changes)
    _notify_asker(question, "rejected")
    return question


@transaction.atomic
def question_remove(*, question: Question, moderator, reason: str) -> Question:
    _require_moderator(moderator)
    reason = _clean_text(reason, field="reason", maximum=REASON_MAX)
    question = _lock(question)
    if question.status != Status.PUBLISHED:
        raise Refused(_("Only published questions can be removed."), status=400)
    changes = {"status": _set_status(question, Status.REMOVED), "rejection_reason": [question.rejection_reason,
                                                                                      reason]}
    question.rejection_reason = reason
    _purge_original_within(question, settings.ASKDOC_ORIGINAL_RETENTION_DAYS)
    question.save()
    _audit(actor=moderator, actor_label=_user_label(moderator), action="removed", question=question,
           changes=changes)
    _enqueue_unindex(question)
    _notify_asker(question, "removed")
    return question


# --- doctors ---------------------------------------------------------------------------------


def _claim_expired(question: Question) -> bool:
    return question.claimed_at is not None and timezone.now() - question.claimed_at > CLAIM_TIMEOUT


@transaction.atomic
def question_claim(*, question: Question, doctor: DoctorProfile) -> Question:
    doctor = _require_verified(doctor)
    question = _lock(question)
    doctor = _require_department_doctor(question, doctor)
    previous = question.claimed_by
    if question.status == Status.CLAIMED:
        if previous == doctor:
            raise Refused(_("You have already claimed this question."), status=400)
        if not _claim_expired(question):
            raise Refused(_("{doctor} is already answering this question.").format(doctor=previous))
    elif question.status != Status.QUEUED:
        raise Refused(_("This question is not waiting for a doctor."), status=400)
    changes = {"status": _set_status(question, Status.CLAIMED), "claimed_by": [str(previous) if previous else None,
                                                                               str(doctor)]}
    question.claimed_by = doctor
    question.claimed_at = timezone.now()
    question.save()
    action = "claim_taken_over" if previous else "claimed"
    _audit(actor=doctor.user, actor_label=str(doctor), action=action, question=question, changes=changes)
    return question


@transaction.atomic
def question_release(*, question: Question, doctor: DoctorProfile) -> Question:
    doctor = _require_verified(doctor)
    question = _lock(question)
    if question.status != Status.CLAIMED or question.claimed_by_id != doctor.pk:
        raise Refused(_("You can only release a question you have claimed."), status=400)
    changes = {"status": _set_status(question, Status.QUEUED), "claimed_by": [str(doctor), None]}
    question.claimed_by = None
    question.claimed_at = None
    question.save()
    _audit(actor=doctor.user, actor_label=str(doctor), action="released", question=question, changes=changes)
    return question


@transaction.atomic
def question_return_to_moderation(*, question: Question, doctor: DoctorProfile, reason: str) -> Question:
    """A doctor who sees something identifying that redaction missed sends the question back to the moderators,
    who can edit it (doctors cannot edit a question)."""
    doctor = _require_verified(doctor)
    reason = _clean_text(reason, field="reason", maximum=REASON_MAX)
    question = _lock(question)
    doctor = _require_department_doctor(question, doctor)
    if question.status not in (Status.QUEUED, Status.CLAIMED):
        raise Refused(_("Only a question waiting for an answer can be sent back to the moderators."), status=400)
    changes = {"status": _set_status(question, Status.PENDING), "claimed_by": [
        str(question.claimed_by) if question.claimed_by_id else None, None], "note": reason}
    question.claimed_by = None
    question.claimed_at = None
    question.privacy_confirmed_at = None
    question.privacy_confirmed_by = None
    question.save()
    _audit(actor=doctor.user, actor_label=str(doctor), action="returned_to_moderation", question=question,
           changes=changes)
    return question


@transaction.atomic
def answer_publish(*, question: Question, doctor: DoctorProfile, body: str, privacy_confirmed: bool = False) -> Answer:
    """The claimer's first answer publishes the question; later answers join a published one.

    The privacy gate: a question no person has checked yet (one that triage routed straight to the department)
    is published only when the answering doctor confirms the redaction preview (`privacy_confirmed`)."""
    doctor = _require_verified(doctor)
    body = _clean_text(body, field="answer", maximum=ANSWER_MAX, minimum=ANSWER_MIN)
    question = _lock(question)
    doctor = _require_department_doctor(question, doctor)
    if question.status == Status.PUBLISHED:
        return _answer_add(question=question, doctor=doctor, body=body)
    if question.status == Status.QUEUED:
        raise Refused(_("Claim this question before answering it."), status=400)
    if question.status != Status.CLAIMED:
        raise Refused(_("This question is not open for answers."), status=400)
    if question.claimed_by_id != doctor.pk:
        raise Refused(_("{doctor} is answering this question.").format(doctor=question.claimed_by))
    if question.privacy_confirmed_at is None and not privacy_confirmed:
        raise Refused(_("No one has checked this question for privacy yet: look at the privacy check, confirm that "
                        "nothing identifies the asker, then publish."), status=400)
    privacy_change = _confirm_privacy(question, doctor.user)
    now = timezone.now()
    answer = Answer.objects.create(question=question, doctor=doctor, body=body, body_html=render_markdown(body),
                                   language=languages.detect_language(body, default=question.language),
                                   replied_at=now, last_reviewed_at=now, is_published=True,
                                   reviewed_sources=_sources_seen(question))
    changes = {"status": _set_status(question, Status.PUBLISHED)} | privacy_change
    question.published_at = now
    question.slug = question_slug(question)
    question.original_purge_after = now + timedelta(days=settings.ASKDOC_ORIGINAL_RETENTION_DAYS)
    question.save()
    _audit(actor=doctor.user, actor_label=str(doctor), action="published", question=question,
           changes=changes | {"answer": [None, answer.pk]})
    _notify_asker(question, "answered")
    _enqueue_enrich(question)
    _schedule_original_purge(question)
    return answer


def _answer_add(*, question: Question, doctor: DoctorProfile, body: str) -> Answer:
    if question.answers.filter(doctor=doctor).exists():
        raise Refused(_("You have already answered this question; edit your answer instead."), status=400)
    now = timezone.now()
    answer = Answer.objects.create(question=question, doctor=doctor, body=body, body_html=render_markdown(body),
                                   language=languages.detect_language(body, default=question.language),
                                   replied_at=now, last_reviewed_at=now, is_published=True,
                                   reviewed_sources=_sources_seen(question))
    _audit(actor=doctor.user, actor_label=str(doctor), action="answer_added", question=question,
           changes={"answer": [None, answer.pk]})
    _enqueue_enrich(question)
    return answer


@transaction.atomic
def answer_edit(*, answer: Answer, doctor: DoctorProfile, body: str) -> Answer:
    doctor = _require_verified(doctor)
    body = _clean_text(body, field="answer", maximum=ANSWER_MAX, minimum=ANSWER_MIN)
    answer = Answer.objects.select_for_update().select_related("question").get(pk=answer.pk)
    if answer.doctor_id != doctor.pk:
        raise Refused(_("You can only edit your own answer."))
    if answer.question.status == Status.REMOVED:
        raise Refused(_("This question was removed; its answers can no longer be edited."), status=400)
    if answer.body == body:
        return answer
    old = answer.body
    answer.body = body
    answer.body_html = render_markdown(body)
    answer.language = languages.detect_language(body, default=answer.question.language)
    answer.last_reviewed_at = timezone.now()
    answer.reviewed_sources = _sources_seen(answer.question)
    answer.save()
    _audit(actor=doctor.user, actor_label=str(doctor), action="answer_edited", question=answer.question,
           changes={"answer_body": [old, body]}, target=f"answer #{answer.pk}")
    if answer.question.status == Status.PUBLISHED:
        _enqueue_enrich(answer.question)
    return answer


def _sources_seen(question: Question) -> list[str] | None:
    """The More Info sources next to the answer as the doctor reviews it; None before More Info exists, so that
    its first composition (just after publication) does not count as a change."""
    if not question.more_info:
        return None
    return source_keys(question.more_info)


@transaction.atomic
def answer_reconfirm(*, answer: Answer, doctor: DoctorProfile) -> Answer:
    """The doctor re-read their published answer (next to its current More Info) and it still stands."""
    doctor = _require_verified(doctor)
    answer = Answer.objects.select_for_update().select_related("question").get(pk=answer.pk)
    if answer.doctor_id != doctor.pk:
        raise Refused(_("You can only re-confirm your own answer."))
    if not answer.is_published or answer.question.status != Status.PUBLISHED:
        raise Refused(_("Only a published answer can be re-confirmed."), status=400)
    old = answer.last_reviewed_at
    answer.last_reviewed_at = timezone.now()
    answer.reviewed_sources = _sources_seen(answer.question)
    answer.save(update_fields=["last_reviewed_at", "reviewed_sources"])
    _audit(actor=doctor.user, actor_label=str(doctor), action="answer_reconfirmed", question=answer.question,
           target=f"answer #{answer.pk}", changes={"last_reviewed_at": [old.isoformat(),
                                                                        answer.last_reviewed_at.isoformat()]})
    return answer


@transaction.atomic
def answer_agree(*, answer: Answer, doctor: DoctorProfile, agree: bool = True) -> bool:
    """Mark (or withdraw) a doctor's "I agree" on another doctor's answer; returns whether they agree now."""
    doctor = _require_verified(doctor)
    answer = Answer.objects.select_related("question").get(pk=answer.pk)
    if answer.doctor_id == doctor.pk:
        raise Refused(_("You cannot agree with your own answer."), status=400)
    if not answer.is_published or answer.question.status != Status.PUBLISHED:
        raise Refused(_("You can only agree with a published answer."), status=400)
    existing = Agreement.objects.filter(answer=answer, doctor=doctor)
    if agree and not existing.exists():
        Agreement.objects.create(answer=answer, doctor=doctor)
        _audit(actor=doctor.user, actor_label=str(doctor), action="agreed", question=answer.question,
               target=f"answer #{answer.pk}", changes={"agreed": [False, True]})
    elif not agree and existing.exists():
        existing.delete()
        _audit(actor=doctor.user, actor_label=str(doctor), action="agreement_withdrawn", question=answer.question,
               target=f"answer #{answer.pk}", changes={"agreed": [True, False]})
    return agree


# --- translations ----------------------------------------------------------------------------


@transaction.atomic
def translation_save(*, question: Question, translated) -> QuestionTranslation:
    """Keep a checked machine translation (askdoc.qa.translation.Translated); it replaces an older one,
    whose doctor's approval does not carry over to new text."""
    translation, created = QuestionTranslation.objects.update_or_create(
        question=question, language=translated.language,
        defaults={"page_title": translated.page_title[:TITLE_MAX], "title": translated.title[:TITLE_MAX],
                  "body": translated.body, "answers": translated.answers,
                  "source_digest": translated.source_digest, "model": settings.ASKDOC_LLM_MODEL[:100],
                  "created_at": timezone.now(), "approved_by": None, "approved_at": None},
    )
    _audit(actor=None, actor_label="Translation", action="translated", question=question,
           changes={"language": translated.language, "replaced": not created})
    return translation


@transaction.atomic
def translation_approve(*, translation: QuestionTranslation, doctor: DoctorProfile) -> QuestionTranslation:
    """A doctor of the question's department vouches for a machine translation."""
    # of=self: PostgreSQL cannot lock the nullable side of the join to the department.
    translation = (QuestionTranslation.objects.select_for_update(of=("self",))
                   .select_related("question__department").get(pk=translation.pk))
    doctor = _require_department_doctor(translation.question, doctor)
    if translation.question.status != Status.PUBLISHED:
        raise Refused(_("Only the translation of a published question can be approved."), status=400)
    if translation.approved_at is None:
        translation.approved_by = doctor
        translation.approved_at = timezone.now()
        translation.save(update_fields=["approved_by", "approved_at"])
        _audit(actor=doctor.user, actor_label=str(doctor), action="translation_approved",
               question=translation.question, changes={"language": translation.language})
    return translation


@transaction.atomic
def doctor_notify_set(*, doctor: DoctorProfile, notify: str) -> DoctorProfile:
    """How the doctor hears of new questions in their department: each at once, a daily digest, or not at all."""
    if notify not in DoctorProfile.Notify.values:
        raise Refused(_("Choose one of the listed options."), status=400)
    DoctorProfile.objects.filter(pk=doctor.pk).update(notify=notify)
    doctor.notify = notify
    return doctor


# --- administration (the Django admin goes through these too) --------------------------------------------

# Fields whose change alters a published page, its search document or its links.
PAGE_FIELDS = {"title", "page_title", "body", "nickname", "department", "status", "slug"}


@transaction.atomic
def doctor_verify(*, doctor: DoctorProfile, moderator, verified: bool = True) -> DoctorProfile:
    """A moderator checked (or withdrew) a doctor's licence; verified doctors may answer and have a public page."""
    _require_moderator(moderator)
    doctor = DoctorProfile.objects.select_for_update().get(pk=doctor.pk)
    if doctor.is_verified == verified:
        return doctor
    doctor.is_verified = verified
    doctor.save(update_fields=["is_verified"])
    _audit(actor=moderator, actor_label=_user_label(moderator), action="doctor_verified" if verified
           else "doctor_unverified", question=None, target=f"doctor {doctor.slug}",
           changes={"is_verified": [not verified, verified]})
    return doctor


def question_admin_check(*, question: Question, status: str) -> None:
    """Refuse a status an administrator may not set by hand: publication needs a doctor's published answer and a
    person's privacy check, like in the workflow."""
    if status != Status.PUBLISHED or question.status == Status.PUBLISHED:
        return
    if question.pk is None or not question.answers.filter(is_published=True).exists():
        raise Refused(_("A question is published by a doctor's answer: add a published answer first."), status=400)
    if question.privacy_confirmed_at is None:
        raise Refused(_("No one has checked this question for privacy yet: approve it on the moderation page "
                        "first."), status=400)


@transaction.atomic
def question_admin_save(*, question: Question, moderator, changed: dict[str, list]) -> Question:
    """Save an administrator's edit (already applied to `question`), audited; a published page it alters (or a
    question it publishes or takes down) is re-indexed and its links refreshed after the commit."""
    _require_moderator(moderator)
    status = changed.get("status")
    if status:
        question_admin_check(question=Question.objects.get(pk=question.pk), status=status[1])
        if status[1] == Status.PUBLISHED and question.published_at is None:
            question.published_at = timezone.now()
    if question.status == Status.PUBLISHED and not question.slug:
        question.slug = question_slug(question)
    question.save()
    if not changed:
        return question
    _audit(actor=moderator, actor_label=_user_label(moderator), action="admin_edit", question=question,
           changes={name: [str(old), str(new)] for name, (old, new) in changed.items()})
    was_public = bool(status) and status[0] == Status.PUBLISHED
    if changed.keys() & PAGE_FIELDS and (question.status == Status.PUBLISHED or was_public):
        _enqueue_enrich(question)
    return question


@transaction.atomic
def answer_admin_save(*, answer: Answer, moderator, changed: list[str]) -> Answer:
    """Save an administrator's edit of an answer: its HTML and language follow the Markdown, the question's page
    is re-indexed."""
    _require_moderator(moderator)
    answer.body_html = render_markdown(answer.body)
    answer.language = languages.detect_language(answer.body, default=answer.language)
    answer.save()
    if changed:
        _audit(actor=moderator, actor_label=_user_label(moderator), action="admin_answer_edit",
               question=answer.question, target=f"answer #{answer.pk}", changes={"fields": sorted(changed)})
        if answer.question.status == Status.PUBLISHED:
            _enqueue_enrich(answer.question)
    return answer


# --- the asker's one follow-up -----------------------------------------------------------------------------


def follow_up_doctor(question: Question) -> DoctorProfile | None:
    """Who answers the follow-up: the doctor whose published answer came first."""
    first = question.answers.filter(is_published=True).select_related("doctor").order_by("replied_at", "pk").first()
    return first.doctor if first else None


@transaction.atomic
def follow_up_ask(*, question: Question, body: str) -> FollowUp:
    """The asker (who holds the tracking link) adds their one follow-up to their answered question; it is redacted
    like the question and published only with the doctor's answer, after the doctor's privacy check."""
    body = _clean_text(body, field="follow-up question", maximum=BODY_MAX, minimum=BODY_MIN)
    question = _lock(question)
    if question.status != Status.PUBLISHED:
        raise Refused(_("You can add a follow-up question once your question is answered."), status=400)
    if FollowUp.objects.filter(question=question).exists():
        raise Refused(_("You have already asked your one follow-up question."), status=400)
    redacted, found = _redact_field("follow_up", body)
    follow_up = FollowUp.objects.create(question=question, body=redacted, original_body=body, redactions=found)
    _audit(actor=None, actor_label="Asker", action="follow_up_asked", question=question,
           changes={"redacted": len(found)})
    doctor = follow_up_doctor(question)
    if doctor is not None:
        from askdoc.qa import tasks

        _after_commit(tasks.notify_follow_up.enqueue, follow_up.pk)
    return follow_up


@transaction.atomic
def follow_up_answer(*, follow_up: FollowUp, doctor: DoctorProfile, body: str,
                     privacy_confirmed: bool = False) -> FollowUp:
    """The first answering doctor replies to the follow-up; no person has read the follow-up before, so the doctor
    confirms its redaction (privacy_confirmed) as for an auto-routed question."""
    doctor = _require_verified(doctor)
    body = _clean_text(body, field="answer", maximum=ANSWER_MAX, minimum=ANSWER_MIN)
    follow_up = FollowUp.objects.select_for_update().select_related("question").get(pk=follow_up.pk)
    if follow_up_doctor(follow_up.question) != doctor:
        raise Refused(_("Only the doctor who answered the question first can answer its follow-up."))
    if follow_up.question.status != Status.PUBLISHED:
        raise Refused(_("This question is not published any more."), status=400)
    if follow_up.is_answered:
        raise Refused(_("This follow-up is already answered."), status=400)
    if not privacy_confirmed:
        raise Refused(_("No one has checked the follow-up for privacy yet: look at the privacy check, confirm that "
                        "nothing identifies the asker, then publish."), status=400)
    follow_up.answer_body, follow_up.answer_html = body, render_markdown(body)
    follow_up.answered_by, follow_up.answered_at = doctor, timezone.now()
    follow_up.save()
    _audit(actor=doctor.user, actor_label=str(doctor), action="follow_up_answered", question=follow_up.question,
           changes={"privacy_confirmed": True})
    _enqueue_enrich(follow_up.question)
    return follow_up
