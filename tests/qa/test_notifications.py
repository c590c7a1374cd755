"""Asker emails and the knowledge engine's tasks are queued only after the transaction commits."""

from django.core import mail
from django.test import override_settings
from django_tasks.signals import task_enqueued

from askdoc.qa import services, tasks
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent
from tests.qa.workflow import ANSWER, BODY, WorkflowTestCase


class EnqueuedTasks:
    def __init__(self):
        self.calls = []
        task_enqueued.connect(self.record)

    def record(self, sender, task_result, **kwargs):
        self.calls.append((task_result.task.name, tuple(task_result.args)))

    def names(self):
        return [name for name, _ in self.calls]


class NotificationTest(WorkflowTestCase):
    def setUp(self):
        super().setUp()
        self.enqueued = EnqueuedTasks()
        self.addCleanup(task_enqueued.disconnect, self.enqueued.record)

    @override_settings(SITE_URL="https://askdoc.example")
    def test_it_emails_the_asker_when_answered_with_links_to_the_answer(self):
        question = self.claimed(self.dr_lin)
        with self.captureOnCommitCallbacks(execute=True):
            services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER)
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(message.to, ["yucheng@example.org"])
        question.refresh_from_db()
        self.assertIn(f"https://askdoc.example{question.get_absolute_url()}", message.body)
        self.assertIn(f"https://askdoc.example{question.get_tracking_url()}", message.body)

    def test_it_sends_nothing_without_an_email(self):
        question = self.claimed(self.dr_lin, email="")
        with self.captureOnCommitCallbacks(execute=True):
            services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER)
        self.assertEqual(mail.outbox, [])
        self.assertNotIn("notify_asker", self.enqueued.names())

    def test_it_emails_the_reason_when_rejected(self):
        question = self.ask()
        with self.captureOnCommitCallbacks(execute=True):
            services.question_reject(question=question, moderator=self.moderator, reason="One question at a time.")
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("One question at a time.", mail.outbox[0].body)

    def test_it_does_not_email_twice_for_the_same_event(self):
        question = self.published(self.dr_lin)
        self.assertTrue(tasks.notify_asker.call(question.pk, "answered"))
        self.assertFalse(tasks.notify_asker.call(question.pk, "answered"))
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(AuditEvent.objects.filter(question=question, action="notified").count(), 1)

    def test_it_enqueues_nothing_until_the_transaction_commits(self):
        question = self.claimed(self.dr_lin)
        self.enqueued.calls.clear()
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER)
            self.assertEqual(self.enqueued.calls, [])
        # the email, the enrichment, the retention purge, and the page cache (the answer and the question changed)
        self.assertEqual(len(callbacks), 5)
        for callback in callbacks:
            callback()
        self.assertIn(("enrich_question", (question.pk,)), self.enqueued.calls)
        self.assertIn(("notify_asker", (question.pk, "answered")), self.enqueued.calls)

    def test_it_enqueues_enrichment_after_answer_and_question_edits_of_a_published_question(self):
        question = self.published(self.dr_lin)
        self.enqueued.calls.clear()
        with self.captureOnCommitCallbacks(execute=True):
            services.answer_edit(answer=question.answers.get(), doctor=self.dr_lin, body=ANSWER + " Edited.")
        with self.captureOnCommitCallbacks(execute=True):
            services.question_edit(question=question, moderator=self.moderator, title="", page_title="New",
                                   body=BODY)
        self.assertEqual(self.enqueued.calls, [("enrich_question", (question.pk,))] * 2)

    def test_it_does_not_enrich_an_unpublished_question_on_edit(self):
        question = self.ask()
        self.enqueued.calls.clear()
        with self.captureOnCommitCallbacks(execute=True):
            services.question_edit(question=question, moderator=self.moderator, title="x", page_title="",
                                   body=BODY)
        self.assertEqual(self.enqueued.calls, [])

    def test_it_enqueues_unindexing_after_removal(self):
        question = self.published(self.dr_lin)
        self.enqueued.calls.clear()
        with self.captureOnCommitCallbacks(execute=True):
            services.question_remove(question=question, moderator=self.moderator, reason="Asker asked us to.")
        self.assertEqual(self.enqueued.calls, [("unindex_question", (question.pk,)),
                                               ("notify_asker", (question.pk, "removed"))])

    def test_it_emails_the_reason_when_a_published_question_is_taken_down(self):
        question = self.published(self.dr_lin)
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            services.question_remove(question=question, moderator=self.moderator, reason="Asker asked us to.")
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("taken down", mail.outbox[0].subject)
        self.assertIn("Asker asked us to.", mail.outbox[0].body)

    def test_a_rolled_back_step_enqueues_nothing(self):
        question = self.claimed(self.dr_lin)
        self.enqueued.calls.clear()
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            with self.assertRaises(Refused):
                services.answer_publish(question=question, doctor=self.dr_lin, body="")
        self.assertEqual((callbacks, self.enqueued.calls), ([], []))
