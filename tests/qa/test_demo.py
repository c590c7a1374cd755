import io
import json
import re

from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils.html import escape

from askdoc.qa.demo.loader import DEMO_DIR, NOTICE, SOURCE, demo_load
from askdoc.qa.models import (
    Agreement,
    Answer,
    Department,
    DoctorProfile,
    FaqTopic,
    LinkOrigin,
    Question,
    QuestionTopic,
)
from askdoc.qa.permissions import MODERATORS_GROUP, is_moderator
from tests.base import AskdocTestCase

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# Seven or more digits, allowing the separators people put in phone numbers (+1 (555) 010-2030).
PHONE = re.compile(r"\+?\(?\d(?:[\s().-]*\d){6,}")


def demo_questions():
    return Question.objects.filter(source=SOURCE)


def published_demo_questions():
    return demo_questions().filter(status=Question.Status.PUBLISHED)


def snapshot() -> dict:
    """Every row the loader writes, as plain values, to compare two runs."""
    return {
        "departments": list(Department.objects.order_by("pk").values()),
        "doctors": list(DoctorProfile.objects.order_by("pk").values()),
        "users": list(User.objects.order_by("pk").values("username", "password", "is_staff", "is_superuser")),
        "topics": list(FaqTopic.objects.order_by("pk").values()),
        "questions": list(Question.objects.order_by("pk").values()),
        "answers": list(Answer.objects.order_by("pk").values()),
        "agreements": list(Agreement.objects.order_by("pk").values()),
        "topic_links": list(QuestionTopic.objects.order_by("pk").values()),
    }


class DemoContentTest(AskdocTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.first_run = demo_load()

    def test_it_describes_all_22_departments_with_their_vocabulary(self):
        departments = Department.objects.all()
        self.assertEqual(departments.count(), 22)
        for department in departments:
            self.assertGreater(len(department.description), 40, department.slug)
            terms = [term for term in department.vocabulary.split(",") if term.strip()]
            self.assertGreaterEqual(len(terms), 30, department.slug)

    def test_it_loads_doctors_over_many_departments_with_one_unverified(self):
        doctors = DoctorProfile.objects.filter(licence_number__startswith="DEMO-")
        self.assertGreaterEqual(doctors.count(), 12)
        self.assertGreaterEqual(doctors.values("department").distinct().count(), 12)
        self.assertEqual(doctors.filter(is_verified=False).count(), 1)
        for doctor in doctors:
            self.assertTrue(doctor.user.check_password("askdoc-demo"), doctor.user.username)
            self.assertIn("(fictional)", doctor.hospital)

    def test_it_loads_answered_questions_over_many_departments(self):
        published = published_demo_questions()
        self.assertGreaterEqual(published.count(), 40)
        self.assertGreaterEqual(published.values("department").distinct().count(), 12)
        for question in published:
            answers = question.answers.filter(is_published=True)
            self.assertTrue(answers.exists(), question.external_id)
            self.assertTrue(all(answer.doctor.is_verified for answer in answers), question.external_id)
            self.assertTrue(all(answer.body_html.startswith("<p>") for answer in answers), question.external_id)
            self.assertLessEqual(question.asked_at, question.published_at, question.external_id)
            links = question.topic_links.filter(origin=LinkOrigin.MODERATOR)
            self.assertTrue(2 <= links.count() <= 4, question.external_id)

    def test_it_includes_second_opinions_and_agreements(self):
        self.assertGreaterEqual(
            published_demo_questions().filter(answers__isnull=False).values("pk").distinct().count(), 40
        )
        self.assertGreaterEqual(Answer.objects.filter(question__source=SOURCE).count(),
                                published_demo_questions().count() + 2)
        self.assertGreaterEqual(Agreement.objects.filter(answer__question__source=SOURCE).count(), 2)

    def test_it_loads_moderator_faq_topics(self):
        topics = FaqTopic.objects.filter(origin=FaqTopic.Origin.MODERATOR)
        self.assertGreaterEqual(topics.count(), 30)
        for topic in topics:
            self.assertTrue(topic.description and topic.synonyms, topic.slug)

    def test_it_leaves_questions_waiting_in_both_queues(self):
        pending = demo_questions().filter(status=Question.Status.PENDING)
        queued = demo_questions().filter(status=Question.Status.QUEUED)
        self.assertEqual(pending.count(), 3)
        self.assertEqual(pending.filter(is_emergency=True).exclude(emergency_reasons=[]).count(), 1)
        self.assertEqual(queued.count(), 3)
        for question in queued:
            self.assertTrue(question.department.doctors.filter(is_verified=True).exists(), question.external_id)

    def test_it_creates_a_moderator_and_an_admin_when_there_is_no_superuser(self):
        moderator = User.objects.get(username="moderator")
        self.assertTrue(moderator.is_staff)
        self.assertTrue(moderator.groups.filter(name=MODERATORS_GROUP).exists())
        self.assertTrue(is_moderator(moderator))
        self.assertTrue(User.objects.get(username="admin").is_superuser)

    def test_it_marks_every_demo_file_as_fictional(self):
        files = sorted(DEMO_DIR.glob("*.json"))
        self.assertGreaterEqual(len(files), 4)
        for path in files:
            self.assertEqual(json.loads(path.read_text(encoding="utf-8"))["_notice"], NOTICE, path.name)

    def test_it_changes_nothing_when_run_twice(self):
        before = snapshot()
        second_run = demo_load()
        self.assertEqual(snapshot(), before)
        outcomes = {outcome for counts in second_run.counts.values() for outcome, n in counts.items() if n}
        self.assertEqual(outcomes, {"unchanged"})
        self.assertEqual(
            sum(sum(counts.values()) for counts in second_run.counts.values()),
            sum(sum(counts.values()) for counts in self.first_run.counts.values()),
        )

    def test_it_keeps_waiting_questions_where_the_workflow_left_them(self):
        question = demo_questions().filter(status=Question.Status.QUEUED).first()
        question.status = Question.Status.CLAIMED
        question.save()
        demo_load()
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.CLAIMED)

    def test_it_shows_the_demo_questions_on_their_public_pages(self):
        for question in published_demo_questions():
            response = self.client.get(question.get_absolute_url())
            self.assertContains(response, escape(question.page_title), msg_prefix=question.external_id)
            self.assertContains(response, escape(question.answers.first().doctor.display_name))

    def test_it_keeps_emails_and_phone_numbers_out_of_demo_text(self):
        texts = []
        for question in demo_questions().prefetch_related("answers"):
            texts += [question.nickname, question.title, question.page_title, question.body]
            texts += [answer.body for answer in question.answers.all()]
        self.assertGreater(len(texts), 200)
        for text in texts:
            self.assertIsNone(EMAIL.search(text), text)
            self.assertIsNone(PHONE.search(text), text)


class DemoCommandTest(AskdocTestCase):
    def test_it_prints_a_summary_and_the_demo_log_ins(self):
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        output = out.getvalue()
        self.assertIn(NOTICE, output)
        self.assertRegex(output, r"questions\s+\d+ created, 0 updated, 0 unchanged")
        for username in ("dr-chen", "moderator", "admin"):
            self.assertIn(username, output)

    def test_it_adds_no_superuser_when_one_exists(self):
        User.objects.create_superuser("root", "root@example.org", "long-enough-password")
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        self.assertFalse(User.objects.filter(username="admin").exists())
        self.assertNotRegex(out.getvalue(), r"(?m)^\s+admin\s")
