"""The asker may add one follow-up question through the tracking page; it is redacted, goes to the doctor who
answered first, who confirms its privacy and replies; then it is public."""

from django.core import mail

from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent, FollowUp
from tests.qa.workflow import ANSWER, WorkflowTestCase

FOLLOW_UP = "Thank you doctor. Should I also stop lifting weights at the gym, call me at 555-0100?"


class FollowUpTest(WorkflowTestCase):
    def setUp(self):
        super().setUp()
        self.question = self.published()
        services.answer_publish(question=self.question, doctor=self.dr_park, body=ANSWER)  # a second opinion

    def post(self, text: str = FOLLOW_UP):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(self.question.get_tracking_url(), {"follow_up": text})

    def test_the_asker_adds_one_redacted_follow_up_and_the_first_doctor_is_told(self):
        response = self.post()
        self.assertRedirects(response, self.question.get_tracking_url())
        follow_up = FollowUp.objects.get(question=self.question)
        self.assertNotIn("555-0100", follow_up.body)
        self.assertIn("555-0100", follow_up.original_body)
        self.assertEqual([m.to for m in mail.outbox if "follow-up" in m.subject], [["lin@example.org"]])
        again = self.post("A second follow-up question that is long enough to count.")
        self.assertEqual(again.status_code, 400)
        self.assertContains(again, "You have already asked your one follow-up question.", status_code=400)
        self.assertContains(self.client.get(self.question.get_tracking_url()), "Sent to the doctor who answered")

    def test_only_the_first_doctor_answers_it_after_a_privacy_check(self):
        follow_up = services.follow_up_ask(question=self.question, body=FOLLOW_UP)
        for doctor in (self.dr_park, self.dr_heart):
            with self.assertRaises(Refused):
                services.follow_up_answer(follow_up=follow_up, doctor=doctor, body=ANSWER, privacy_confirmed=True)
        with self.assertRaises(Refused):
            services.follow_up_answer(follow_up=follow_up, doctor=self.dr_lin, body=ANSWER)
        self.assertNotContains(self.client.get(self.question.get_absolute_url()), 'id="follow-up"')
        self.login(self.dr_lin)
        self.assertContains(self.client.get("/desk/"), f'href="/desk/{self.question.pk}/#follow-up"')
        desk = self.client.get(f"/desk/{self.question.pk}/")
        self.assertContains(desk, '<mark title="phone">555-0100</mark>', html=False)
        with self.captureOnCommitCallbacks(execute=True):  # the commit invalidates the cached public page
            response = self.client.post(f"/desk/{self.question.pk}/", {
                "action": "follow_up", "follow_up-body": "Yes, pause lifting for a week and then restart slowly.",
                "follow_up-privacy_confirmed": "on"}, follow=True)
        self.assertContains(response, "Your reply to the follow-up is published.")
        self.assertTrue(AuditEvent.objects.filter(action="follow_up_answered", actor=self.dr_lin.user).exists())
        self.client.logout()
        page = self.client.get(self.question.get_absolute_url())
        self.assertContains(page, "Follow-up question")
        self.assertContains(page, "pause lifting for a week")
        self.assertNotContains(page, "555-0100")

    def test_no_follow_up_before_the_question_is_answered(self):
        waiting = self.queued()
        response = self.client.post(waiting.get_tracking_url(), {"follow_up": FOLLOW_UP})
        self.assertEqual(response.status_code, 200)
        self.assertFalse(FollowUp.objects.exists())
        with self.assertRaises(Refused):
            services.follow_up_ask(question=waiting, body=FOLLOW_UP)
