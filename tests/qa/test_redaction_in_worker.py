"""The ask stores the originals only; the worker's first step redacts. Until then nothing shows the asker's text."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from askdoc.intake.retention import originals_purge
from askdoc.qa import services, tasks
from askdoc.qa.errors import Refused
from askdoc.qa.models import Question
from tests.base import AskdocTestCase

PHONE = "07700 900123"
TITLE = f"Call me on {PHONE} about my wrist"
BODY = "My right wrist has been twitching for two weeks after lifting boxes at work. Should I worry?"


class RedactionInTheWorkerTest(AskdocTestCase):
    def submit(self, **overrides) -> Question:
        fields = {"nickname": "Maria Papadopoulou", "age_range": "30~39", "gender": "female", "title": TITLE,
                  "body": BODY} | overrides
        return services.question_submit(**fields)

    def test_the_ask_keeps_the_public_fields_empty_until_the_worker_redacts(self):
        question = self.submit()
        self.assertEqual((question.title, question.body, question.nickname, question.redactions), ("", "", "", []))
        self.assertTrue(question.redaction_pending)
        self.assertTrue(services.question_redact(question))
        self.assertFalse(services.question_redact(Question.objects.get()))  # idempotent
        question.refresh_from_db()
        self.assertNotIn(PHONE, question.title)
        self.assertEqual(question.body, BODY)
        self.assertEqual(question.nickname, "Anonymous")  # a full personal name typed as the nickname
        self.assertEqual(question.original_nickname, "Maria Papadopoulou")  # kept for the moderators' preview
        self.assertEqual({r["field"] for r in question.redactions}, {"title", "nickname"})

    def test_a_nickname_with_nothing_taken_out_keeps_no_private_copy(self):
        question = self.submit(nickname="Wren")
        services.question_redact(question)
        question.refresh_from_db()
        self.assertEqual((question.nickname, question.original_nickname), ("Wren", ""))

    def test_the_tracking_page_and_the_moderation_queue_never_show_the_original_while_waiting(self):
        question = self.submit()
        tracking = self.client.get(question.get_tracking_url())
        self.assertContains(tracking, "this page refreshes itself")
        self.assertContains(tracking, '<meta http-equiv="refresh"')
        self.login(self.moderator)
        queue = self.client.get(reverse("moderation_queue"))
        for response in (tracking, queue):
            self.assertNotContains(response, PHONE)
            self.assertNotContains(response, "Papadopoulou")
        self.assertContains(queue, "being checked for personal details")
        services.question_redact(question)
        tracking = self.client.get(question.get_tracking_url())
        self.assertContains(tracking, "about my wrist")
        self.assertNotContains(tracking, PHONE)
        self.assertNotContains(tracking, '<meta http-equiv="refresh"')

    def test_a_moderator_cannot_edit_before_the_redaction(self):
        question = self.submit()
        with self.assertRaises(Refused) as refused:
            services.question_edit(question=question, moderator=self.moderator, title="", body=BODY, page_title="")
        self.assertEqual(refused.exception.status, 409)

    def test_the_moderators_emergency_email_quotes_the_redacted_title(self):
        question = self.submit(title=f"Crushing chest pain right now, call {PHONE}",
                               body="Crushing chest pain spreading to my left arm and jaw, sweating, started 20 "
                                    "minutes ago.")
        self.assertTrue(question.is_emergency)
        self.assertTrue(tasks.notify_moderators_emergency.call(question.pk))
        self.assertEqual(len(mail.outbox), 1)
        self.assertNotIn(PHONE, mail.outbox[0].body)
        self.assertIn("Crushing chest pain", mail.outbox[0].body)
        self.assertFalse(Question.objects.get().redaction_pending)

    def test_the_purge_keeps_an_original_still_waiting_for_its_redaction(self):
        question = self.submit()
        Question.objects.filter(pk=question.pk).update(original_purge_after=timezone.now() - timedelta(days=1))
        self.assertEqual(originals_purge(), 0)
        services.question_redact(question)
        self.assertEqual(originals_purge(), 1)

    def test_one_analysis_redacts_the_asks_waiting_behind_it_first(self):
        first, second = self.submit(), self.submit(nickname="Wren")
        with self.settings(ASKDOC_TRIAGE_AUTO_ROUTE=1.1):
            services.question_analyse(question_id=first.pk)
        self.assertFalse(Question.objects.filter(redaction_pending=True).exists())
        self.assertTrue(Question.objects.get(pk=second.pk).analysis_pending)  # its own analysis still to come
