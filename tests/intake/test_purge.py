"""Retention: `askdoc purge_originals` deletes unredacted originals once their time has passed."""

import io
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from askdoc.qa.models import AuditEvent, Question
from tests.base import AskdocTestCase

REDACTIONS = [{"field": "body", "type": "name", "start": 8, "end": 13, "text": "Sarah"}]


def make_question(purge_after) -> Question:
    return Question.objects.create(
        nickname="Sam", age_range="30~39", gender="female", title="Rash", body="Hi, I'm [name], rash",
        original_title="Rash", original_body="Hi, I'm Sarah, rash", redactions=REDACTIONS,
        original_purge_after=purge_after, status=Question.Status.PUBLISHED,
    )


class PurgeOriginalsTest(AskdocTestCase):
    def purge(self) -> str:
        out = io.StringIO()
        call_command("purge_originals", stdout=out)
        return out.getvalue()

    def test_it_deletes_originals_whose_retention_has_passed(self):
        due = make_question(timezone.now() - timedelta(days=1))
        self.assertIn("1 question", self.purge())
        due.refresh_from_db()
        self.assertEqual((due.original_title, due.original_body), ("", ""))
        self.assertEqual(due.redactions, [{"field": "body", "type": "name", "start": 8, "end": 13}])
        self.assertEqual(due.body, "Hi, I'm [name], rash")
        self.assertTrue(AuditEvent.objects.filter(question=due, action="original_purged").exists())

    def test_it_keeps_originals_still_within_retention_or_unpublished(self):
        later = make_question(timezone.now() + timedelta(days=3))
        unpublished = make_question(None)
        self.purge()
        for question in (later, unpublished):
            question.refresh_from_db()
            self.assertEqual(question.original_body, "Hi, I'm Sarah, rash")
            self.assertEqual(question.redactions, REDACTIONS)

    def test_it_is_idempotent(self):
        make_question(timezone.now() - timedelta(days=1))
        self.purge()
        self.assertIn("0 question", self.purge())
        self.assertEqual(AuditEvent.objects.filter(action="original_purged").count(), 1)

    def test_the_task_runs_the_same_purge(self):
        from askdoc.intake.tasks import purge_originals

        make_question(timezone.now() - timedelta(days=1))
        result = purge_originals.enqueue()
        self.assertEqual(result.return_value, 1)
