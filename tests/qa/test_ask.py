from django.conf import settings
from django.urls import reverse

from askdoc.intake.analysis import Analysis
from askdoc.qa.models import AuditEvent, Question
from tests.qa.workflow import BODY, WorkflowTestCase

VALID = {"nickname": "Yucheng", "age_range": "10~19", "gender": "female", "title": "Wrist twitching",
         "body": BODY, "email": "", "consent": "on", "send": "1"}


class QuestionSubmitTest(WorkflowTestCase):
    def test_it_saves_a_pending_question_with_a_private_token(self):
        question = self.ask()
        self.assertEqual(question.status, Question.Status.PENDING)
        self.assertEqual(question.body, BODY)
        self.assertGreaterEqual(len(question.tracking_token), 24)
        self.analyze.assert_called_once_with("Wrist twitching\n\n" + BODY, age_range="10~19", gender="female")

    def test_it_redacts_title_and_body_separately_and_keeps_the_originals(self):
        question = self.ask(title="Call 555-0101", body="My phone is 555-0199 and my wrist twitches a lot.")
        self.assertEqual(question.title, "Call [phone]")
        self.assertEqual(question.body, "My phone is [phone] and my wrist twitches a lot.")
        self.assertEqual(question.original_body, "My phone is 555-0199 and my wrist twitches a lot.")
        body_item = next(r for r in question.redactions if r["field"] == "body")
        self.assertEqual(question.original_body[body_item["start"]:body_item["end"]], "555-0199")
        title_item = next(r for r in question.redactions if r["field"] == "title")
        self.assertEqual(question.original_title[title_item["start"]:title_item["end"]], "555-0101")

    def test_it_stores_triage_emergency_and_title_from_the_analysis(self):
        self.analysis = Analysis(department="neurology", departments=[{"slug": "neurology", "score": 0.5}],
                                 confidence=0.5, emergency=True, emergency_reasons=["stroke signs"],
                                 title="Involuntary Wrist Twitches: Causes")
        question = self.ask()
        self.assertEqual(question.status, Question.Status.PENDING)
        self.assertEqual(question.department, self.neurology)
        self.assertEqual(question.triage, [{"slug": "neurology", "score": 0.5}])
        self.assertTrue(question.is_emergency)
        self.assertEqual(question.emergency_reasons, ["stroke signs"])
        self.assertEqual(question.page_title, "Involuntary Wrist Twitches: Causes")

    def test_it_routes_a_confident_question_straight_to_the_department_queue(self):
        confident = settings.ASKDOC_TRIAGE_AUTO_ROUTE + 0.05
        self.analysis = Analysis(department="neurology", departments=[{"slug": "neurology", "score": confident}],
                                 confidence=confident)
        question = self.ask()
        self.assertEqual(question.status, Question.Status.QUEUED)
        self.assertEqual(question.department, self.neurology)
        self.assertTrue(AuditEvent.objects.filter(question=question, action="auto_routed").exists())

    def test_it_never_auto_routes_an_emergency(self):
        self.analysis = Analysis(department="neurology", confidence=0.99, emergency=True)
        self.assertEqual(self.ask().status, Question.Status.PENDING)

    def test_it_leaves_a_question_below_the_threshold_for_the_moderators(self):
        self.analysis = Analysis(department="neurology", confidence=settings.ASKDOC_TRIAGE_AUTO_ROUTE - 0.1)
        self.assertEqual(self.ask().status, Question.Status.PENDING)


class AskPageTest(WorkflowTestCase):
    def test_it_shows_the_form_to_anyone_with_the_intake_panel_after_the_body(self):
        response = self.client.get(reverse("ask"))
        self.assertContains(response, 'name="consent"')
        self.assertContains(response, "Preview how it will be published")
        html = response.content.decode()
        self.assertLess(html.index('name="body"'), html.index('name="email"'))

    def test_it_sends_the_question_and_redirects_to_the_tracking_page(self):
        response = self.client.post(reverse("ask"), VALID, follow=True)
        question = Question.objects.get()
        self.assertRedirects(response, question.get_tracking_url())
        self.assertContains(response, "Keep this private link")

    def test_it_previews_the_redacted_text_without_saving(self):
        data = VALID | {"body": "Call me at 555-0123, my wrist twitches after lifting.", "preview": "1"}
        del data["send"]
        response = self.client.post(reverse("ask"), data)
        self.assertContains(response, "How it will be published")
        self.assertContains(response, "Call me at [phone], my wrist twitches")
        self.assertContains(response, "555-0123")  # listed under what was removed, and kept in the form
        self.assertEqual(Question.objects.count(), 0)

    def test_it_requires_consent(self):
        response = self.client.post(reverse("ask"), VALID | {"consent": ""})
        self.assertContains(response, "Please confirm that your question may be published anonymously.",
                            status_code=400, count=2)
        self.assertEqual(Question.objects.count(), 0)

    def test_it_warns_at_once_about_an_emergency_the_rules_see(self):
        body = "Crushing chest pain spreading to my left arm right now and I am sweating a lot."
        response = self.client.post(reverse("ask"), VALID | {"body": body}, follow=True)  # no task has run
        self.assertContains(response, "This may be an emergency")
        self.assertContains(response, f"call {settings.ASKDOC_EMERGENCY_NUMBER}")
        self.assertTrue(Question.objects.get().analysis_pending)

    def test_it_warns_about_an_emergency_the_worker_analysis_finds(self):
        self.analysis = Analysis(department=None, emergency=True, emergency_reasons=["chest pain"])
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(reverse("ask"), VALID)
        response = self.client.get(Question.objects.get().get_tracking_url())
        self.assertContains(response, "This may be an emergency")
        self.assertContains(response, f"call {settings.ASKDOC_EMERGENCY_NUMBER}")
        self.assertContains(response, "chest pain")


class AnalysisFailureTest(WorkflowTestCase):
    def test_it_keeps_the_question_for_the_moderators_when_the_analysis_fails(self):
        self.analyze.side_effect = RuntimeError("triage model missing")
        with self.assertLogs("askdoc.qa.services", level="ERROR"):
            question = self.ask()
        self.assertEqual((question.status, question.department, question.triage), ("pending", None, []))
