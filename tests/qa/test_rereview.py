"""The review lifecycle: answers older than ASKDOC_REREVIEW_DAYS or whose More Info sources changed come back to
their doctor, who re-confirms or edits them (audited); the public page shows the new review date."""

from datetime import timedelta

from django.test import override_settings
from django.utils import timezone

from askdoc.qa import selectors, services
from askdoc.qa.errors import Refused
from askdoc.qa.models import Answer, AuditEvent, Question
from tests.qa import factories as f
from tests.qa.workflow import WorkflowTestCase


@override_settings(ASKDOC_REREVIEW_DAYS=365)
class RereviewTest(WorkflowTestCase):
    def setUp(self):
        super().setUp()
        self.question = self.published()
        self.answer = self.question.answers.get()

    def age(self, days: int) -> None:
        Answer.objects.filter(pk=self.answer.pk).update(last_reviewed_at=timezone.now() - timedelta(days=days))
        self.answer.refresh_from_db()

    def set_sources(self, *urls: str) -> None:
        Question.objects.filter(pk=self.question.pk).update(
            more_info=f.MORE_INFO | {"sources": [{"name": "S", "title": u, "url": u} for u in urls]})
        self.question.refresh_from_db()

    def due(self, doctor=None):
        return [(d.answer.pk, d.reasons) for d in selectors.answers_due_for_review(doctor or self.dr_lin)]

    def test_it_asks_for_a_review_after_the_configured_age_only(self):
        self.age(300)
        self.assertEqual(self.due(), [])
        self.age(400)
        self.assertEqual(self.due(), [(self.answer.pk, ["last reviewed more than 365 days ago"])])
        self.assertEqual(self.due(self.dr_park), [])
        with override_settings(ASKDOC_REREVIEW_DAYS=200):
            self.age(300)
            self.assertEqual(len(self.due()), 1)

    def test_it_asks_for_a_review_when_the_more_info_sources_changed(self):
        # Published before More Info existed: its first composition is not a change.
        self.assertIsNone(self.answer.reviewed_sources)
        self.set_sources("https://a.example/1")
        self.assertEqual(self.due(), [])
        services.answer_reconfirm(answer=self.answer, doctor=self.dr_lin)
        self.assertEqual(self.due(), [])
        self.set_sources("https://a.example/1", "https://b.example/2")
        self.assertEqual(self.due(), [(self.answer.pk, ["the sources of its More Info changed"])])

    def test_re_confirming_resets_the_review_date_and_is_audited(self):
        self.age(400)
        self.set_sources("https://a.example/1")
        services.answer_reconfirm(answer=self.answer, doctor=self.dr_lin)
        self.answer.refresh_from_db()
        self.assertGreater(self.answer.last_reviewed_at, timezone.now() - timedelta(minutes=1))
        self.assertEqual(self.answer.reviewed_sources, ["https://a.example/1"])
        self.assertEqual(self.due(), [])
        event = AuditEvent.objects.get(action="answer_reconfirmed")
        self.assertEqual((event.actor, event.question), (self.dr_lin.user, self.question))

    def test_editing_counts_as_a_review(self):
        self.age(400)
        services.answer_edit(answer=self.answer, doctor=self.dr_lin, body="An updated answer with more detail here.")
        self.assertEqual(self.due(), [])

    def test_only_the_author_of_a_published_answer_can_re_confirm_it(self):
        for doctor in (self.dr_park, self.dr_heart, self.dr_pending):
            with self.assertRaises(Refused):
                services.answer_reconfirm(answer=self.answer, doctor=doctor)
        services.question_remove(question=self.question, moderator=self.moderator, reason="Duplicate question.")
        with self.assertRaises(Refused):
            services.answer_reconfirm(answer=self.answer, doctor=self.dr_lin)

    def test_the_desk_lists_due_answers_and_re_confirms_them(self):
        self.age(400)
        self.login(self.dr_lin)
        queue = self.client.get("/desk/")
        self.assertContains(queue, "Your answers due for a review")
        self.assertContains(queue, f'href="/desk/{self.question.pk}/#review"')
        page = self.client.get(f"/desk/{self.question.pk}/")
        self.assertContains(page, "last reviewed more than 365 days ago")
        response = self.client.post(f"/desk/{self.question.pk}/", {"action": "reconfirm"}, follow=True)
        self.assertContains(response, "You re-confirmed your answer")
        self.assertNotContains(self.client.get("/desk/"), f'href="/desk/{self.question.pk}/#review"')
        today = timezone.now().strftime("%Y/%m/%d")
        self.assertContains(self.client.get(self.question.get_absolute_url()), f"Reviewed by Dr. Lin Mei on {today}")

    def test_another_doctor_cannot_re_confirm_through_the_desk(self):
        self.login(self.dr_park)
        response = self.client.post(f"/desk/{self.question.pk}/", {"action": "reconfirm"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "You have not answered this question yet.", status_code=400)
