from django.urls import reverse

from askdoc.qa import services
from tests.qa.workflow import WorkflowTestCase


class TrackingPageTest(WorkflowTestCase):
    def test_it_shows_a_pending_question_as_it_will_be_published_never_the_original(self):
        question = self.ask(body="Call me on 555-0100 please, my wrist twitches when lifting.")
        response = self.client.get(question.get_tracking_url())
        self.assertContains(response, "Waiting for a moderator")
        self.assertNotContains(response, "555-0100")
        self.assertContains(response, "Call me on [phone] please")
        self.assertContains(response, 'content="noindex, nofollow"')
        self.assertIn("no-store", response["Cache-Control"])

    def test_a_rejected_questions_page_does_not_show_the_original(self):
        question = self.ask(body="Call me on 555-0100 please, my wrist twitches when lifting.")
        services.question_reject(question=question, moderator=self.moderator, reason="Please ask one question.")
        response = self.client.get(question.get_tracking_url())
        self.assertNotContains(response, "555-0100")
        self.assertIn("no-store", response["Cache-Control"])

    def test_it_shows_the_rejection_reason(self):
        question = self.ask()
        services.question_reject(question=question, moderator=self.moderator, reason="Please ask one question.")
        response = self.client.get(question.get_tracking_url())
        self.assertContains(response, "rejected")
        self.assertContains(response, "Please ask one question.")

    def test_it_shows_the_answer_and_the_public_link_but_no_longer_the_original(self):
        question = self.published(answer="Rest and **drink water** for a week, then see us.")
        response = self.client.get(question.get_tracking_url())
        self.assertContains(response, "Answered and published")
        self.assertContains(response, "<strong>drink water</strong>", html=False)
        self.assertContains(response, question.get_absolute_url())
        self.assertNotContains(response, "What you wrote")

    def test_it_says_politely_when_the_token_is_unknown(self):
        response = self.client.get(reverse("track", args=["not-a-real-token"]))
        self.assertContains(response, "We could not find a question for this link", status_code=404)
