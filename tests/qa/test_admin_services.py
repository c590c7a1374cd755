"""Admin actions go through the services: verifying a doctor and changing a question or an answer leave an audit
event, and a change to a published page re-indexes it (here with the hashing encoder, so the index is real)."""

from django.contrib.auth.models import User
from django.urls import reverse

from askdoc.knowledge import selectors as knowledge
from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent, DoctorProfile, Question
from tests.knowledge.base import KnowledgeTestCase


class AdminServicesTest(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.admin = User.objects.create_superuser("root", "root@example.org", "x")
        self.question = self.publish(body="My wrist twitches after lifting heavy boxes at work.",
                                     reply="Wrist twitching after lifting is usually muscle fatigue.")
        self.save(changed={"body": ["", "x"]})

    def save(self, changed: dict) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            services.question_admin_save(question=self.question, moderator=self.admin, changed=changed)

    def found(self, text: str) -> list[int]:
        return [q.pk for q, _ in knowledge.similar_to_text(text, limit=5)]

    def test_the_verify_action_and_the_change_form_go_through_the_service(self):
        self.client.force_login(self.admin)
        changelist = reverse("admin:qa_doctorprofile_changelist")
        self.client.post(changelist, {"action": "mark_verified", "_selected_action": [self.dr_pending.pk]})
        self.assertTrue(DoctorProfile.objects.get(pk=self.dr_pending.pk).is_verified)
        event = AuditEvent.objects.get(action="doctor_verified")
        self.assertEqual((event.actor, event.target), (self.admin, "doctor pending"))
        doctor = self.dr_pending
        data = {"user": doctor.user_id, "slug": doctor.slug, "display_name": doctor.display_name, "title": "",
                "department": doctor.department_id, "hospital": "", "licence_number": "", "bio": "",
                "notify": "daily"}
        response = self.client.post(reverse("admin:qa_doctorprofile_change", args=[doctor.pk]), data)
        self.assertEqual(response.status_code, 302)
        self.assertFalse(DoctorProfile.objects.get(pk=doctor.pk).is_verified)
        self.assertTrue(AuditEvent.objects.filter(action="doctor_unverified", actor=self.admin).exists())

    def test_only_moderators_verify_doctors(self):
        with self.assertRaises(Refused):
            services.doctor_verify(doctor=self.dr_pending, moderator=self.stranger)

    def test_an_edit_of_a_published_question_is_audited_and_re_indexed(self):
        self.assertEqual(self.found("wrist twitches after lifting boxes"), [self.question.pk])
        self.question.body = "My eyelid flickers every evening when I read on my phone."
        self.save(changed={"body": ["My wrist ...", self.question.body]})
        event = AuditEvent.objects.filter(action="admin_edit").first()
        self.assertEqual(event.changes["body"][1], self.question.body)
        self.assertEqual(self.found("eyelid flickers every evening reading"), [self.question.pk])

    def test_taking_a_question_down_by_hand_takes_it_out_of_the_index(self):
        self.question.status = Question.Status.REMOVED
        self.save(changed={"status": ["published", "removed"]})
        self.assertEqual(self.found("wrist twitches after lifting boxes"), [])

    def test_publishing_by_hand_needs_an_answer_and_a_privacy_check(self):
        waiting = Question.objects.create(body="A question nobody answered yet, about my knee.", nickname="A",
                                          age_range="20~29", gender="male", department=self.neurology,
                                          status=Question.Status.QUEUED)
        with self.assertRaises(Refused):
            services.question_admin_check(question=waiting, status=Question.Status.PUBLISHED)
        self.client.force_login(self.admin)
        response = self.client.get(reverse("admin:qa_question_change", args=[waiting.pk]))
        self.assertEqual(response.status_code, 200)
        services.question_admin_check(question=waiting, status=Question.Status.REMOVED)

    def test_an_admin_edit_of_an_answer_re_renders_it_and_is_audited(self):
        answer = self.question.answers.get()
        answer.body = "It is **most likely** muscle fatigue after lifting those boxes."
        services.answer_admin_save(answer=answer, moderator=self.admin, changed=["body"])
        answer.refresh_from_db()
        self.assertIn("<strong>most likely</strong>", answer.body_html)
        self.assertTrue(AuditEvent.objects.filter(action="admin_answer_edit", question=self.question).exists())
