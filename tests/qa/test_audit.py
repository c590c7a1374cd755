"""The audit trail records who did what, and when, for every status change and edit."""

from django.utils import timezone

from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent
from tests.qa.workflow import ANSWER, BODY, WorkflowTestCase


class AuditTrailTest(WorkflowTestCase):
    def actions(self, question):
        return list(AuditEvent.objects.filter(question=question).order_by("at", "pk").values_list("action", flat=True))

    def test_it_records_each_step_of_the_workflow_in_order(self):
        question = self.published(self.dr_lin)
        services.answer_publish(question=question, doctor=self.dr_park, body=ANSWER + " More fluids.")
        services.answer_edit(answer=question.answers.get(doctor=self.dr_lin), doctor=self.dr_lin, body=ANSWER + "!")
        services.answer_agree(answer=question.answers.get(doctor=self.dr_lin), doctor=self.dr_park)
        services.question_remove(question=question, moderator=self.moderator, reason="Asker asked us to.")
        self.assertEqual(self.actions(question), [
            "submitted", "analysed", "approved", "claimed", "published", "answer_added", "answer_edited", "agreed",
            "removed",
        ])

    def test_it_records_who_and_when(self):
        before = timezone.now()
        question = services.question_approve(question=self.ask(), moderator=self.moderator, department="neurology")
        event = AuditEvent.objects.get(question=question, action="approved")
        self.assertEqual((event.actor, event.actor_label), (self.moderator, "mo"))
        self.assertGreaterEqual(event.at, before)
        claim = AuditEvent.objects.get(question=services.question_claim(question=question, doctor=self.dr_lin),
                                       action="claimed")
        self.assertEqual((claim.actor, claim.actor_label), (self.dr_lin.user, "Dr. Lin Mei"))

    def test_it_records_old_and_new_values_of_an_edit(self):
        question = self.ask(title="Old title")
        services.question_edit(question=question, moderator=self.moderator, title="New title", page_title="",
                               body=BODY)
        event = AuditEvent.objects.get(question=question, action="edited")
        self.assertEqual(event.changes, {"title": ["Old title", "New title"]})

    def test_it_records_status_changes_with_the_reason(self):
        question = services.question_reject(question=self.ask(), moderator=self.moderator, reason="Duplicate.")
        event = AuditEvent.objects.get(question=question, action="rejected")
        self.assertEqual(event.changes["status"], ["pending", "rejected"])
        self.assertEqual(event.changes["rejection_reason"], ["", "Duplicate."])

    def test_it_records_nothing_when_a_refused_step_changes_nothing(self):
        question = self.claimed(self.dr_lin)
        count = AuditEvent.objects.count()
        with self.assertRaises(Refused):
            services.question_claim(question=question, doctor=self.dr_park)
        self.assertEqual(AuditEvent.objects.count(), count)

    def test_it_keeps_the_label_after_the_account_is_gone(self):
        question = services.question_approve(question=self.ask(), moderator=self.moderator, department="neurology")
        self.moderator.delete()
        event = AuditEvent.objects.get(question=question, action="approved")
        self.assertEqual((event.actor, event.actor_label), (None, "mo"))
