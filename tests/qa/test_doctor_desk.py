from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from askdoc.intake.analysis import Analysis
from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import Agreement, Answer, Question
from tests.qa.workflow import ANSWER, WorkflowTestCase


class ClaimAndPublishTest(WorkflowTestCase):
    def test_it_lets_a_department_doctor_claim_a_queued_question(self):
        question = services.question_claim(question=self.queued(), doctor=self.dr_lin)
        self.assertEqual((question.status, question.claimed_by), (Question.Status.CLAIMED, self.dr_lin))

    def test_it_allows_only_one_claimer(self):
        question = self.claimed(self.dr_lin)
        with self.assertRaisesMessage(Refused, "Dr. Lin Mei is already answering this question."):
            services.question_claim(question=question, doctor=self.dr_park)

    def test_it_lets_another_doctor_take_over_a_claim_older_than_a_day(self):
        question = self.claimed(self.dr_lin)
        Question.objects.filter(pk=question.pk).update(claimed_at=timezone.now() - timedelta(hours=25))
        question = services.question_claim(question=question, doctor=self.dr_park)
        self.assertEqual(question.claimed_by, self.dr_park)
        self.assertEqual(question.audit.first().action, "claim_taken_over")

    def test_it_releases_a_claim_back_to_the_queue(self):
        question = services.question_release(question=self.claimed(self.dr_lin), doctor=self.dr_lin)
        self.assertEqual((question.status, question.claimed_by), (Question.Status.QUEUED, None))

    def test_it_publishes_the_claimers_answer(self):
        self.analysis = Analysis(department=None, title="Involuntary Wrist Twitches: Causes and Insights")
        question = self.claimed(self.dr_lin)
        answer = services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PUBLISHED)
        self.assertEqual(question.slug, "involuntary-wrist-twitches-causes-and-insights")
        self.assertIsNotNone(question.published_at)
        self.assertAlmostEqual((question.original_purge_after - question.published_at).days, 30, delta=1)
        self.assertIn("<strong>Rest</strong>", answer.body_html)

    def test_it_refuses_an_answer_before_claiming(self):
        with self.assertRaisesMessage(Refused, "Claim this question before answering it."):
            services.answer_publish(question=self.queued(), doctor=self.dr_lin, body=ANSWER)

    def test_it_lets_a_second_doctor_add_one_answer_to_a_published_question(self):
        question = self.published(self.dr_lin)
        services.answer_publish(question=question, doctor=self.dr_park, body=ANSWER + " I would add fluids.")
        with self.assertRaisesMessage(Refused, "edit your answer instead"):
            services.answer_publish(question=question, doctor=self.dr_park, body=ANSWER)
        self.assertEqual(question.answers.count(), 2)

    def test_it_edits_an_answer_and_marks_it_reviewed(self):
        question = self.published(self.dr_lin)
        answer = question.answers.get()
        before = answer.last_reviewed_at
        answer = services.answer_edit(answer=answer, doctor=self.dr_lin, body=ANSWER + " Updated.")
        self.assertTrue(answer.body.endswith("Updated."))
        self.assertGreater(answer.last_reviewed_at, before)

    def test_it_records_agreement_once_and_allows_withdrawing_it(self):
        answer = self.published(self.dr_lin).answers.get()
        services.answer_agree(answer=answer, doctor=self.dr_park)
        services.answer_agree(answer=answer, doctor=self.dr_park)
        self.assertEqual(Agreement.objects.filter(answer=answer).count(), 1)
        services.answer_agree(answer=answer, doctor=self.dr_park, agree=False)
        self.assertEqual(Agreement.objects.filter(answer=answer).count(), 0)


class DeskPagesTest(WorkflowTestCase):
    def test_it_lists_the_departments_queue_with_emergencies_first(self):
        calm = self.queued(title="Calm neurology question")
        self.analysis = Analysis(department=None, emergency=True)
        urgent = self.queued(title="Urgent neurology question")
        self.queued(department=self.cardiology, title="A cardiology question")
        self.login(self.dr_lin)
        response = self.client.get(reverse("doctor_queue"))
        html = response.content.decode()
        self.assertLess(html.index(f"/desk/{urgent.pk}/"), html.index(f"/desk/{calm.pk}/"))
        self.assertNotContains(response, "A cardiology question")

    def test_it_claims_answers_and_publishes_through_the_pages(self):
        question = self.queued()
        self.login(self.dr_lin)
        url = reverse("doctor_answer", args=[question.pk])
        self.assertContains(self.client.post(url, {"action": "claim"}, follow=True), "You claimed this question")
        response = self.client.post(url, {"action": "publish", "answer-body": ANSWER}, follow=True)
        self.assertContains(response, "Your answer is published.")
        self.assertContains(response, "<strong>Rest</strong>", html=False)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PUBLISHED)

    def test_it_edits_the_doctors_own_answer_through_the_page(self):
        question = self.published(self.dr_lin)
        self.login(self.dr_lin)
        self.client.post(reverse("doctor_answer", args=[question.pk]),
                         {"action": "edit", "edit-body": ANSWER + " Also stretch."})
        self.assertTrue(Answer.objects.get().body.endswith("Also stretch."))

    def test_it_records_i_agree_from_the_button(self):
        answer = self.published(self.dr_lin).answers.get()
        self.login(self.dr_park)
        response = self.client.post(reverse("answer_agree", args=[answer.pk]), {"agree": "1"}, follow=True)
        self.assertContains(response, "You agree with this answer.")
        self.assertContains(response, "Withdraw")
        self.assertTrue(Agreement.objects.filter(answer=answer, doctor=self.dr_park).exists())
