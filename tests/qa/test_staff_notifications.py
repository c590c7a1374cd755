"""Doctors hear of questions entering their department's queue (at once or in a daily digest, their choice) and
see the count on the desk; moderators get emergency-flagged questions at once. Tasks run after the commit."""

from django.core import mail
from django.core.management import call_command

from askdoc.intake.analysis import Analysis
from askdoc.qa import services
from askdoc.qa.models import DoctorProfile
from askdoc.qa.tasks import send_daily_digests
from tests.qa.workflow import WorkflowTestCase

Notify = DoctorProfile.Notify


class StaffNotificationsTest(WorkflowTestCase):
    def setUp(self):
        super().setUp()
        services.doctor_notify_set(doctor=self.dr_lin, notify=Notify.IMMEDIATE)
        services.doctor_notify_set(doctor=self.dr_park, notify=Notify.DAILY)
        services.doctor_notify_set(doctor=self.dr_heart, notify=Notify.IMMEDIATE)

    def queue_one(self, department=None):
        with self.captureOnCommitCallbacks(execute=True):
            return self.queued(department=department)

    def test_an_approved_question_mails_the_department_doctors_who_chose_immediate_emails(self):
        question = self.queue_one()
        self.assertEqual([m.to for m in mail.outbox], [["lin@example.org"]])
        self.assertIn("New question for Neurology", mail.outbox[0].subject)
        self.assertIn(f"/desk/{question.pk}/", mail.outbox[0].body)
        self.assertNotIn("yucheng@example.org", mail.outbox[0].body)

    def test_each_doctor_is_mailed_once_per_question(self):
        from askdoc.qa.tasks import notify_department_queue

        question = self.queue_one()
        self.assertEqual(notify_department_queue.call(question.pk), 0)
        self.assertEqual(len(mail.outbox), 1)

    def test_a_re_routed_question_mails_the_new_department(self):
        question = self.queue_one()
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            services.question_reroute(question=question, moderator=self.moderator, department=self.cardiology)
        self.assertEqual([m.to for m in mail.outbox], [["heart@example.org"]])

    def test_the_daily_digest_lists_new_waiting_questions_once(self):
        first, second = self.queue_one(), self.queue_one()
        mail.outbox.clear()
        self.assertEqual(send_daily_digests.call(), 1)
        self.assertEqual(mail.outbox[0].to, ["park@example.org"])
        self.assertIn("2 new question(s) for Neurology", mail.outbox[0].subject)
        for question in (first, second):
            self.assertIn(f"/desk/{question.pk}/", mail.outbox[0].body)
        mail.outbox.clear()
        call_command("send_digests", stdout=__import__("io").StringIO())
        self.assertEqual(mail.outbox, [])

    def test_doctors_who_chose_no_email_get_none(self):
        services.doctor_notify_set(doctor=self.dr_lin, notify=Notify.NEVER)
        self.queue_one()
        self.assertEqual(mail.outbox, [])

    def test_moderators_get_an_emergency_flagged_question_at_once(self):
        self.analysis = Analysis(department=None, emergency=True, emergency_reasons=["chest pain"])
        with self.captureOnCommitCallbacks(execute=True):
            question = self.ask(body="I have crushing chest pain spreading to my left arm right now, help.")
        self.assertEqual([m.to for m in mail.outbox], [["mo@example.org"]])
        self.assertIn("Possible emergency", mail.outbox[0].subject)
        self.assertIn(f"/moderation/{question.pk}/", mail.outbox[0].body)
        self.assertIn("chest pain", mail.outbox[0].body)

    def test_the_desk_shows_the_waiting_count_and_saves_the_preference(self):
        self.queue_one()
        self.login(self.dr_park)
        page = self.client.get("/desk/")
        self.assertContains(page, '<span class="count" title="questions waiting">1</span>', html=False)
        self.assertContains(page, 'Waiting for a doctor <span class="muted">(1)</span>')
        self.client.post("/desk/notifications/", {"notify": "immediate"})
        self.assertEqual(DoctorProfile.objects.get(pk=self.dr_park.pk).notify, Notify.IMMEDIATE)
        self.assertEqual(self.client.post("/desk/notifications/", {"notify": "hourly"}).status_code, 400)
