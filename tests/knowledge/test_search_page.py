from django.urls import reverse

from askdoc.knowledge import services
from askdoc.qa.models import FaqTopic, Question
from tests.knowledge.base import KnowledgeTestCase


class SearchPageTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.twitch = self.publish(title="Wrist twitching", body="My wrist twitches after lifting <b>heavy</b> boxes.",
                                   reply="Wrist twitching after lifting is usually muscle fatigue.")
        self.heart = self.publish(body="My heart races and skips beats at night, wrist pulse is fast.",
                                  reply="Palpitations at night are often harmless; see a cardiologist if they last.",
                                  doctor=self.dr_heart)
        FaqTopic.objects.create(name="Muscle twitching", slug="muscle-twitching", department=self.neurology)
        services.questions_index(questions=Question.objects.all())
        services.collection_rebuild(name="topics")

    def get(self, **params):
        return self.client.get(reverse("search"), params)

    def test_it_shows_a_friendly_page_for_an_empty_query(self):
        response = self.get()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Type a few words")

    def test_it_finds_answered_questions_and_topics_with_highlighted_escaped_excerpts(self):
        response = self.get(q="wrist twitching")
        self.assertContains(response, self.twitch.get_absolute_url())
        self.assertContains(response, "<mark>Wrist</mark> <mark>twitching</mark>")
        self.assertContains(response, "&lt;b&gt;heavy&lt;/b&gt;")
        self.assertNotContains(response, "<b>heavy</b>")
        self.assertContains(response, "Muscle twitching</a> (Neurology)")

    def test_it_filters_by_department(self):
        response = self.get(q="wrist", department="cardiology")
        self.assertContains(response, self.heart.get_absolute_url())
        self.assertNotContains(response, self.twitch.get_absolute_url())

    def test_it_tolerates_a_misspelling(self):
        response = self.get(q="wrist twiching")
        self.assertContains(response, "Showing results for <strong>wrist twitching</strong>")
        self.assertContains(response, self.twitch.get_absolute_url())

    def test_it_pages_ten_results_at_a_time(self):
        extra = [self.publish(body=f"Wrist twitching question number {i} after lifting boxes.",
                              reply="Wrist twitching is usually fatigue.") for i in range(11)]
        services.questions_index(questions=extra)
        first = self.get(q="wrist twitching lifting")
        self.assertEqual(len(first.context["items"]), 10)
        self.assertContains(first, "Page 1 of 2")
        second = self.get(q="wrist twitching lifting", page=2)
        self.assertEqual(len(second.context["items"]), first.context["page"].paginator.count - 10)
        shown = {i["question"].pk for i in first.context["items"]} | {i["question"].pk for i in second.context["items"]}
        self.assertEqual(len(shown), first.context["page"].paginator.count)

    def test_it_survives_bad_input(self):
        response = self.get(q="wrist " * 100, department="no-such-department", page="x")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "only its first 200 characters were used")
        self.assertContains(response, "That department does not exist")
        self.assertLessEqual(len(response.context["query"]), 200)
        self.assertTrue(response.context["query"].endswith("wrist"))
        self.assertEqual(self.get(q="<script>alert(1)</script>").status_code, 200)
        self.assertNotContains(self.get(q="<script>alert(1)</script>"), "<script>alert(1)")
        bad = self.client.get(reverse("search") + "?q=%00%ff&page=-3")
        self.assertContains(bad, "not valid UTF-8", status_code=400)
        self.assertEqual(self.client.get(reverse("search") + "?q=wrist&page=-3").status_code, 200)
