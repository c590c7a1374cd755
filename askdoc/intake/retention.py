"""Retention: the asker's unredacted original is kept for moderators only until publication plus
ASKDOC_ORIGINAL_RETENTION_DAYS (the platform sets Question.original_purge_after when it publishes)."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from askdoc.qa.models import AuditEvent, Question


def _has_original(question: Question) -> bool:
    return bool(question.original_nickname or question.original_title or question.original_body) or any(
        isinstance(r, dict) and "text" in r for r in question.redactions or []
    )


def originals_purge(*, now: datetime | None = None) -> int:
    """Delete the originals (and the redacted words) whose time has passed; keep redaction types and
    offsets. Idempotent: a second run finds nothing left to delete. Returns how many questions changed."""
    now = now or timezone.now()
    # A question still waiting for its redaction keeps its original until then: it is all there is of it.
    due = Question.objects.filter(original_purge_after__isnull=False, original_purge_after__lte=now,
                                  redaction_pending=False)
    purged = 0
    for pk in due.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            question = Question.objects.select_for_update().get(pk=pk)
            if not _has_original(question):
                continue
            question.original_nickname = ""
            question.original_title = ""
            question.original_body = ""
            question.redactions = [
                {k: v for k, v in r.items() if k != "text"} if isinstance(r, dict) else r
                for r in question.redactions or []
            ]
            question.save(update_fields=["original_nickname", "original_title", "original_body", "redactions",
                                         "updated_at"])
            AuditEvent.objects.create(actor_label="Retention", action="original_purged", question=question)
            purged += 1
    return purged
