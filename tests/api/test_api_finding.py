"""The public API for finding things: search, similar questions, filtered question lists, tracking status."""

from datetime import timedelta

from django.utils import timezone

from askdoc.knowledge import services
from askdoc.qa.models import FaqTopic, Question, QuestionTopic
from tests.knowledge.base import KnowledgeTestCase


class ApiFindingTest(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.twitch = self.publish(title="Wrist twitching", body="My wrist twitches after lifting heavy boxes.",
                                   reply="Wrist twitching after lifting is usually muscle fatigue.")
        self.heart = self.publish(body="My heart races and skips beats at night, my pulse is fast.",
                                  reply="Palpitations at night are often harmless; see a cardiologist if they last.",
                                  doctor=self.dr_heart)
        Question.objects.filter(pk=self.heart.pk).update(published_at=timezone.now() - timedelta(days=30))
        self.topic = FaqTopic.objects.create(name="Muscle twitching", slug="muscle-twitching",
                                             department=self.neurology)
        QuestionTopic.objects.create(question=self.twitch, topic=self.topic)
        self.pending = Question.objects.create(body="My wrist twitches too, still waiting.", nickname="A",
                                               age_range="20~29", gender="male", department=self.neurology)
        services.questions_index(questions=Question.objects.filter(status=Question.Status.PUBLISHED))
        services.collection_rebuild(name="topics")

    def get_json(self, url: str, status: int = 200):
        response = self.client.get(url)
        self.assertEqual(response.status_code, status, response.content)
        return response.json()

    def test_search_finds_answered_questions_and_topics(self):
        data = self.get_json("/api/search?q=wrist+twitching")
        self.assertEqual(data["results"][0]["id"], self.twitch.pk)
        self.assertNotIn(self.pending.pk, [r["id"] for r in data["results"]])
        self.assertEqual([t["slug"] for t in data["topics"]], ["muscle-twitching"])
        data = self.get_json("/api/search?q=heart+races+at+night&department=cardiology")
        self.assertEqual([r["id"] for r in data["results"]], [self.heart.pk])
        data = self.get_json("/api/search?q=heart+races+at+night&department=neurology")
        self.assertNotIn(self.heart.pk, [r["id"] for r in data["results"]])
        self.get_json("/api/search?q=wrist&department=nope", 404)
        for bad in ("/api/search", "/api/search?q=", "/api/search?q=" + "a" * 201, "/api/search?q=x&page=0"):
            self.assertIn("detail", self.get_json(bad, 422))
        self.assertEqual(self.get_json("/api/search?q=+++")["count"], 0)

    def test_similar_finds_answered_questions_close_to_a_text(self):
        data = self.get_json("/api/similar?text=my+wrist+twitches+when+I+lift+boxes")
        self.assertEqual(data["results"][0]["id"], self.twitch.pk)
        self.assertEqual(data["results"][0]["doctor"]["slug"], "lin")
        self.assertIn("muscle fatigue", data["results"][0]["reply_excerpt"])
        self.assertNotIn(self.pending.pk, [r["id"] for r in data["results"]])
        self.get_json("/api/similar?text=ab", 422)
        self.get_json("/api/similar?text=wrist&limit=500", 422)

    def test_question_lists_filter_by_department_topic_and_date(self):
        ids = lambda url: [q["id"] for q in self.get_json(url)["results"]]  # noqa: E731
        self.assertEqual(ids("/api/questions?topic=muscle-twitching"), [self.twitch.pk])
        self.get_json("/api/questions?topic=nope", 404)
        since = (timezone.now() - timedelta(days=7)).date().isoformat()
        self.assertEqual(ids(f"/api/questions?published_after={since}"), [self.twitch.pk])
        self.assertEqual(ids(f"/api/questions?published_before={since}"), [self.heart.pk])
        self.assertEqual(ids(f"/api/questions?department=neurology&published_before={since}"), [])
        self.get_json("/api/questions?published_after=yesterday", 422)
        self.get_json("/api/questions?published_before=0", 422)

    def test_tracking_status_by_token_shows_no_private_field(self):
        data = self.get_json(f"/api/track/{self.pending.tracking_token}")
        self.assertEqual((data["status"], data["url"], data["answer_count"]), ("pending", None, 0))
        self.assertNotIn("body", data)
        self.pending.status, self.pending.rejection_reason = Question.Status.REJECTED, "Please ask one thing."
        self.pending.save()
        self.assertEqual(self.get_json(f"/api/track/{self.pending.tracking_token}")["reason"], "Please ask one thing.")
        self.twitch.tracking_token = "tok-twitch"
        self.twitch.save()
        data = self.get_json("/api/track/tok-twitch")
        self.assertEqual((data["status"], data["answer_count"]), ("published", 1))
        self.assertTrue(data["url"].endswith(self.twitch.get_absolute_url()))
        self.get_json("/api/track/nope", 404)
