"""The Django admin covers every askdoc.qa model; moderators manage departments, the audit trail is read-only."""

from django.apps import apps
from django.contrib.auth.models import User
from django.urls import reverse

from askdoc.qa.models import Answer, AuditEvent, Department, FollowUp, QuestionTranslation
from tests.base import AskdocTestCase
from tests.qa import factories as f


class AdminTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin, more_info=f.MORE_INFO)
        f.agree(self.question.answers.get(), self.dr_park)
        f.link_topic(self.question, f.make_topic("Muscle Twitching", self.neurology))
        f.link_similar(self.question, f.make_published_question(self.neurology, self.dr_park))
        AuditEvent.objects.create(actor_label="mo", action="approve", question=self.question)
        FollowUp.objects.create(question=self.question, body="And the other wrist?")
        QuestionTranslation.objects.create(question=self.question, language="zh-hant", body="翻譯", source_digest="x")
        self.admin = User.objects.create_superuser("root", "root@example.org", "x")

    def test_it_loads_the_list_add_and_change_pages_of_every_model_for_a_superuser(self):
        self.client.force_login(self.admin)
        for model in apps.get_app_config("qa").get_models():
            meta = model._meta
            changelist = reverse(f"admin:qa_{meta.model_name}_changelist")
            self.assertEqual(self.client.get(changelist).status_code, 200, changelist)
            obj = model.objects.first()
            change = reverse(f"admin:qa_{meta.model_name}_change", args=[obj.pk])
            self.assertEqual(self.client.get(change).status_code, 200, change)
            if model is not AuditEvent:
                self.assertEqual(self.client.get(reverse(f"admin:qa_{meta.model_name}_add")).status_code, 200)

    def test_it_shows_the_tracking_token_read_only(self):
        self.client.force_login(self.admin)
        response = self.client.get(reverse("admin:qa_question_change", args=[self.question.pk]))
        self.assertContains(response, self.question.tracking_token)
        self.assertNotContains(response, 'name="tracking_token"')

    def test_it_lets_nobody_edit_or_delete_the_audit_trail(self):
        self.client.force_login(self.admin)
        event = AuditEvent.objects.first()
        self.assertEqual(self.client.get(reverse("admin:qa_auditevent_add")).status_code, 403)
        self.assertEqual(self.client.post(reverse("admin:qa_auditevent_delete", args=[event.pk]),
                                          {"post": "yes"}).status_code, 403)
        self.assertTrue(AuditEvent.objects.filter(pk=event.pk).exists())

    def test_it_lets_a_staff_moderator_edit_a_department(self):
        self.moderator.is_staff = True
        self.moderator.save()
        self.login(self.moderator)
        url = reverse("admin:qa_department_change", args=[self.neurology.pk])
        data = {"slug": "neurology", "name": "Neurology & Nerves", "description": "Brain and nerves",
                "vocabulary": "", "position": 10}
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Department.objects.get(pk=self.neurology.pk).name, "Neurology & Nerves")
        self.assertEqual(self.client.get(reverse("admin:qa_question_changelist")).status_code, 200)

    def test_it_keeps_a_stranger_out_of_the_admin(self):
        self.login(self.stranger)
        response = self.client.get(reverse("admin:qa_question_changelist"))
        self.assertEqual(response.status_code, 302)

    def test_it_re_renders_the_answer_html_when_an_answer_is_edited(self):
        self.client.force_login(self.admin)
        answer = Answer.objects.get(question=self.question)
        url = reverse("admin:qa_answer_change", args=[answer.pk])
        data = {"question": self.question.pk, "doctor": self.dr_lin.pk, "body": "Now **bold** <script>x</script>",
                "replied_at_0": "2020-03-26", "replied_at_1": "09:00:00", "last_reviewed_at_0": "2020-03-26",
                "last_reviewed_at_1": "09:00:00", "is_published": "on"}
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        answer.refresh_from_db()
        self.assertIn("<strong>bold</strong>", answer.body_html)
        self.assertNotIn("<script>", answer.body_html)
