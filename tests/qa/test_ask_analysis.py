"""The intake analysis runs in the task worker after the ask: idempotent, and nothing is routed before it ran."""

from unittest import mock

from django.conf import settings

from askdoc.intake.analysis import Analysis
from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent, Question
from tests.qa.workflow import BODY, WorkflowTestCase

CONFIDENT = settings.ASKDOC_TRIAGE_AUTO_ROUTE + 0.05


class AnalysisInTheWorkerTest(WorkflowTestCase):
    analysis = Analysis(department="neurology", departments=[{"slug": "neurology", "score": CONFIDENT}],
                        confidence=CONFIDENT, title="Wrist Twitches After Lifting")

    def submit(self):
        """An ask whose analysis task has not run yet (queued after the commit, which a TestCase never reaches)."""
        return services.question_submit(nickname="Yucheng", age_range="10~19", gender="female", body=BODY)

    def test_the_ask_stores_the_question_unrouted_and_waiting_for_its_analysis(self):
        question = self.submit()
        self.analyze.assert_not_called()
        self.assertEqual((question.status, question.department, question.triage), ("pending", None, []))
        self.assertTrue(question.analysis_pending)

    def test_a_moderator_cannot_route_it_before_the_analysis_ran(self):
        question = self.submit()
        with self.assertRaises(Refused) as refused:
            services.question_approve(question=question, moderator=self.moderator, department=self.neurology)
        self.assertEqual(refused.exception.status, 409)
        self.assertEqual(Question.objects.get().status, Question.Status.PENDING)

    def test_the_analysis_routes_once_and_a_second_run_changes_nothing(self):
        question = self.submit()
        self.assertTrue(services.question_analyse(question_id=question.pk))
        self.assertFalse(services.question_analyse(question_id=question.pk))
        question.refresh_from_db()
        self.assertEqual((question.status, question.department), (Question.Status.QUEUED, self.neurology))
        self.assertEqual(question.page_title, "Wrist Twitches After Lifting")
        self.assertFalse(question.analysis_pending)
        self.assertEqual(AuditEvent.objects.filter(question=question, action="auto_routed").count(), 1)
        self.assertEqual(self.analyze.call_count, 1)

    def test_a_worker_killed_before_its_commit_leaves_the_analysis_for_the_next_run(self):
        question = self.submit()
        with mock.patch.object(services, "_apply_analysis", side_effect=SystemExit("worker killed")), \
                self.assertRaises(SystemExit):
            services.question_analyse(question_id=question.pk)
        question.refresh_from_db()
        self.assertEqual((question.status, question.analysis_pending, question.triage), ("pending", True, []))
        self.assertTrue(services.question_analyse(question_id=question.pk))
        self.assertEqual(Question.objects.get().status, Question.Status.QUEUED)

    def test_an_emergency_only_the_classifier_sees_is_flagged_and_the_moderators_told(self):
        self.analysis = Analysis(department="neurology", confidence=0.99, emergency=True,
                                 emergency_reasons=["stroke signs"])
        question = self.submit()
        self.assertFalse(question.is_emergency)
        with self.captureOnCommitCallbacks(execute=True):
            services.question_analyse(question_id=question.pk)
        question.refresh_from_db()
        self.assertEqual((question.is_emergency, question.emergency_reasons), (True, ["stroke signs"]))
        self.assertEqual(question.status, Question.Status.PENDING)  # an emergency is never auto-routed
        self.assertTrue(AuditEvent.objects.filter(question=question, action="moderators_notified").exists())

    def test_a_moderator_s_page_title_and_rejection_made_before_the_analysis_stay(self):
        question = self.submit()
        services.question_reject(question=question, moderator=self.moderator, reason="Not a medical question.")
        Question.objects.filter(pk=question.pk).update(page_title="Moderator's title")
        services.question_analyse(question_id=question.pk)
        question.refresh_from_db()
        self.assertEqual((question.status, question.page_title), (Question.Status.REJECTED, "Moderator's title"))
