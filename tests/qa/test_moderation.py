from django.urls import reverse

from askdoc.intake.analysis import Analysis
from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent, Question
from tests.qa.workflow import BODY, WorkflowTestCase


class ModerationServicesTest(WorkflowTestCase):
    def test_it_approves_a_pending_question_into_a_department(self):
        question = services.question_approve(question=self.ask(), moderator=self.moderator, department=self.cardiology)
        self.assertEqual((question.status, question.department), (Question.Status.QUEUED, self.cardiology))

    def test_it_edits_what_will_be_published(self):
        question = self.ask()
        services.question_edit(question=question, moderator=self.moderator, title="Twitch",
                               page_title="Wrist Twitches: Causes", body=BODY + " (edited)")
        question.refresh_from_db()
        self.assertEqual((question.title, question.page_title), ("Twitch", "Wrist Twitches: Causes"))
        self.assertTrue(question.body.endswith("(edited)"))

    def test_it_reroutes_a_claimed_question_back_to_the_new_departments_queue(self):
        question = services.question_reroute(question=self.claimed(), moderator=self.moderator,
                                             department="cardiology")
        self.assertEqual((question.status, question.department, question.claimed_by),
                         (Question.Status.QUEUED, self.cardiology, None))

    def test_it_rejects_with_a_reason_and_requires_one(self):
        question = self.ask()
        with self.assertRaisesMessage(Refused, "Please write the reason."):
            services.question_reject(question=question, moderator=self.moderator, reason="   ")
        services.question_reject(question=question, moderator=self.moderator, reason="Two questions in one.")
        question.refresh_from_db()
        self.assertEqual((question.status, question.rejection_reason), ("rejected", "Two questions in one."))

    def test_it_removes_only_published_questions(self):
        with self.assertRaisesMessage(Refused, "Only published questions can be removed."):
            services.question_remove(question=self.ask(), moderator=self.moderator, reason="Duplicate")
        question = services.question_remove(question=self.published(), moderator=self.moderator, reason="Duplicate")
        self.assertEqual(question.status, Question.Status.REMOVED)


class ModerationPagesTest(WorkflowTestCase):
    def test_it_lists_emergencies_first_then_the_oldest(self):
        first = self.ask(title="Oldest calm one")
        self.analysis = Analysis(department=None, emergency=True, emergency_reasons=["chest pain"])
        urgent = self.ask(title="Newer urgent one")
        self.login(self.moderator)
        html = self.client.get(reverse("moderation_queue")).content.decode()
        self.assertLess(html.index(f"/moderation/{urgent.pk}/"), html.index(f"/moderation/{first.pk}/"))
        self.assertIn("Emergency", html)

    def test_it_shows_auto_routed_and_rejected_sections(self):
        self.analysis = Analysis(department="neurology", confidence=0.99)
        routed = self.ask(title="Routed by triage")
        self.analysis = Analysis(department=None)
        rejected = services.question_reject(question=self.ask(title="Rejected one"), moderator=self.moderator,
                                            reason="Not a question")
        self.login(self.moderator)
        self.assertContains(self.client.get(reverse("moderation_queue") + "?tab=routed"), "Routed by triage")
        response = self.client.get(reverse("moderation_queue") + "?tab=rejected")
        self.assertContains(response, "Rejected one")
        self.assertNotContains(response, f"/moderation/{routed.pk}/")
        self.assertContains(response, f"/moderation/{rejected.pk}/")

    def test_it_shows_the_original_with_redactions_triage_and_history(self):
        self.analysis = Analysis(department="neurology", departments=[{"slug": "neurology", "score": 0.61},
                                                                      {"slug": "orthopedics", "score": 0.2}])
        question = self.ask(body="Call me on 555-0100 please, my wrist twitches after lifting.")
        self.login(self.moderator)
        response = self.client.get(reverse("moderation_review", args=[question.pk]))
        self.assertContains(response, '<mark title="phone">555-0100</mark>', html=False)
        self.assertContains(response, "Call me on [phone] please")
        self.assertContains(response, "Orthopedics")
        self.assertContains(response, "0.61")
        self.assertContains(response, "submitted")
        self.assertContains(response, '<option value="neurology" selected>', html=False)

    def test_it_approves_from_the_page(self):
        question = self.ask()
        self.login(self.moderator)
        response = self.client.post(reverse("moderation_review", args=[question.pk]),
                                    {"action": "approve", "approve-department": "cardiology"}, follow=True)
        self.assertContains(response, "Approved and sent to Cardiology.")
        question.refresh_from_db()
        self.assertEqual((question.status, question.department), (Question.Status.QUEUED, self.cardiology))

    def test_it_rejects_from_the_page_and_the_asker_sees_why(self):
        question = self.ask()
        self.login(self.moderator)
        self.client.post(reverse("moderation_review", args=[question.pk]),
                         {"action": "reject", "reject-reason": "It names another person."})
        self.client.logout()
        self.assertContains(self.client.get(question.get_tracking_url()), "It names another person.")

    def test_it_edits_and_removes_from_the_page(self):
        question = self.published()
        self.login(self.moderator)
        url = reverse("moderation_review", args=[question.pk])
        self.client.post(url, {"action": "edit", "edit-title": "T", "edit-page_title": "New Page Title",
                               "edit-body": BODY})
        question.refresh_from_db()
        self.assertEqual(question.page_title, "New Page Title")
        self.assertEqual(question.slug, "new-page-title")
        response = self.client.post(url, {"action": "remove", "remove-reason": "Asker asked us to."}, follow=True)
        self.assertContains(response, "Removed from the site.")
        self.assertTrue(AuditEvent.objects.filter(question=question, action="removed").exists())

    def test_it_refuses_an_action_that_does_not_fit_the_status_with_a_message(self):
        question = self.published()
        self.login(self.moderator)
        response = self.client.post(reverse("moderation_review", args=[question.pk]),
                                    {"action": "reject", "reject-reason": "Too late"})
        self.assertContains(response, "remove a published one instead", status_code=400)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PUBLISHED)
