"""Who may and may not do each step, and the message each person sees."""

from django.urls import reverse

from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import Question
from tests.qa.workflow import ANSWER, BODY, WorkflowTestCase

NOT_VERIFIED = "Your licence is not verified yet"


class ServicePermissionsTest(WorkflowTestCase):
    def test_it_lets_only_moderators_moderate(self):
        question = self.ask()
        for user in (self.stranger, self.dr_lin.user):
            with self.subTest(user=user.username):
                for call in (
                    lambda u: services.question_approve(question=question, moderator=u, department=self.neurology),
                    lambda u: services.question_reject(question=question, moderator=u, reason="no"),
                    lambda u: services.question_edit(question=question, moderator=u, title="", page_title="",
                                                     body=BODY),
                ):
                    with self.assertRaisesMessage(Refused, "Only moderators can do this."):
                        call(user)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PENDING)

    def test_it_refuses_an_unverified_doctor_everything(self):
        question = self.queued()
        with self.assertRaisesMessage(Refused, NOT_VERIFIED):
            services.question_claim(question=question, doctor=self.dr_pending)
        answer = self.published().answers.get()
        with self.assertRaisesMessage(Refused, NOT_VERIFIED):
            services.answer_agree(answer=answer, doctor=self.dr_pending)

    def test_it_refuses_a_doctor_of_another_department(self):
        with self.assertRaisesMessage(Refused, "This question is for Neurology; only that department's doctors"):
            services.question_claim(question=self.queued(), doctor=self.dr_heart)
        with self.assertRaisesMessage(Refused, "only that department's doctors"):
            services.answer_publish(question=self.published(), doctor=self.dr_heart, body=ANSWER)

    def test_it_lets_only_the_claimer_publish_the_first_answer(self):
        question = self.claimed(self.dr_lin)
        with self.assertRaisesMessage(Refused, "Dr. Lin Mei is answering this question."):
            services.answer_publish(question=question, doctor=self.dr_park, body=ANSWER)

    def test_it_lets_only_the_claimer_release(self):
        with self.assertRaisesMessage(Refused, "You can only release a question you have claimed."):
            services.question_release(question=self.claimed(self.dr_lin), doctor=self.dr_park)

    def test_it_lets_doctors_edit_only_their_own_answer(self):
        answer = self.published(self.dr_lin).answers.get()
        with self.assertRaisesMessage(Refused, "You can only edit your own answer."):
            services.answer_edit(answer=answer, doctor=self.dr_park, body=ANSWER + " hijacked")

    def test_it_refuses_agreeing_with_ones_own_answer(self):
        answer = self.published(self.dr_lin).answers.get()
        with self.assertRaisesMessage(Refused, "You cannot agree with your own answer."):
            services.answer_agree(answer=answer, doctor=self.dr_lin)


class PagePermissionsTest(WorkflowTestCase):
    def test_it_sends_anonymous_visitors_to_log_in(self):
        for url in (reverse("moderation_queue"), reverse("doctor_queue")):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertRedirects(response, f"{reverse('login')}?next={url}", fetch_redirect_response=False)

    def test_it_tells_non_moderators_that_moderation_is_for_moderators(self):
        question = self.ask()
        for user in (self.stranger, self.dr_lin.user):
            self.login(user)
            self.assertContains(self.client.get(reverse("moderation_queue")),
                                "Only moderators can see the moderation queue.", status_code=403)
            response = self.client.post(reverse("moderation_review", args=[question.pk]),
                                        {"action": "approve", "approve-department": "neurology"})
            self.assertContains(response, "Only moderators", status_code=403)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PENDING)

    def test_it_tells_an_unverified_doctor_their_licence_is_not_verified(self):
        question = self.queued()
        self.login(self.dr_pending)
        self.assertContains(self.client.get(reverse("doctor_queue")), NOT_VERIFIED, status_code=403)
        response = self.client.post(reverse("doctor_answer", args=[question.pk]), {"action": "claim"})
        self.assertContains(response, NOT_VERIFIED, status_code=403)

    def test_it_tells_a_stranger_the_desk_is_for_verified_doctors(self):
        self.login(self.stranger)
        self.assertContains(self.client.get(reverse("doctor_queue")), "Only verified doctors", status_code=403)

    def test_it_hides_an_unpublished_question_from_other_departments(self):
        question = self.queued(title="Private neurology question")
        self.login(self.dr_heart)
        response = self.client.get(reverse("doctor_answer", args=[question.pk]))
        self.assertContains(response, "only its doctors can see it before it is published", status_code=403)
        self.assertNotContains(response, "Private neurology question", status_code=403)

    def test_it_hides_a_pending_question_from_doctors(self):
        question = self.ask()
        self.login(self.dr_lin)
        self.assertContains(self.client.get(reverse("doctor_answer", args=[question.pk])),
                            "This question is not open to doctors.", status_code=403)

    def test_it_shows_the_claim_refusal_on_the_page(self):
        question = self.claimed(self.dr_lin)
        self.login(self.dr_park)
        response = self.client.post(reverse("doctor_answer", args=[question.pk]), {"action": "claim"})
        self.assertContains(response, "Dr. Lin Mei is already answering this question.", status_code=403)
        self.assertContains(response, "<h1>", status_code=403)  # the page, in the site layout

    def test_it_refuses_agreeing_with_ones_own_answer_on_the_page(self):
        answer = self.published(self.dr_lin).answers.get()
        self.login(self.dr_lin)
        response = self.client.post(reverse("answer_agree", args=[answer.pk]), {"agree": "1"})
        self.assertContains(response, "You cannot agree with your own answer.", status_code=400)
