"""The ask form's live assist endpoint (/ask/assist/) and its place in the ask form."""

from unittest import mock

from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from askdoc.intake import views
from askdoc.qa.models import Question
from tests.base import AskdocTestCase


class AssistTest(AskdocTestCase):
    def setUp(self):
        cache.clear()
        self.url = reverse("ask_assist")

    @override_settings(ASKDOC_EMERGENCY_NUMBER="112")
    def test_it_warns_at_once_with_the_configured_number(self):
        response = self.client.post(self.url, {"body": "My dad has crushing chest pain and is sweating"})
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertTrue(data["emergency"])
        self.assertIn("Call 112", data["warning"])
        self.assertIn("Possible heart attack signs", data["reasons"])

    def test_it_previews_the_published_text_with_the_removed_parts_marked(self):
        response = self.client.post(self.url, {"title": "Rash", "body": "I'm Sarah, email sarah@example.com"})
        data = response.json()
        self.assertFalse(data["emergency"])
        self.assertIn('<mark class="redacted" title="Removed: email">[email]</mark>', data["html"])
        self.assertIn({"type": "email", "text": "sarah@example.com"}, data["removed"])
        self.assertIn("This is how it will be published", data["html"])

    def test_it_shows_html_from_the_asker_inert(self):
        data = self.client.post(self.url, {"body": "<script>alert(1)</script> my knee hurts"}).json()
        self.assertNotIn("<script>", data["html"])
        self.assertIn("&lt;script&gt;", data["html"])

    def test_it_links_answered_questions_that_may_already_help(self):
        question = Question.objects.create(
            nickname="Pat", age_range="30~39", gender="female", body="Why does my wrist twitch after lifting?",
            page_title="Wrist Twitches: Causes and Insights", status=Question.Status.PUBLISHED, slug="wrist",
            department=self.neurology)
        hit = mock.Mock(key=str(question.pk), score=0.9, meta={"department": "neurology"})
        with mock.patch("askdoc.retrieval.search", return_value=[hit]):
            data = self.client.post(self.url, {"body": "my wrist keeps twitching after the gym"}).json()
        self.assertEqual(data["similar"], [{"title": "Wrist Twitches: Causes and Insights",
                                           "url": question.get_absolute_url()}])
        self.assertIn(question.get_absolute_url(), data["html"])

    def test_it_never_links_unpublished_questions_and_survives_a_missing_engine(self):
        pending = Question.objects.create(nickname="Pat", age_range="30~39", gender="female", body="private")
        hit = mock.Mock(key=str(pending.pk), score=0.9, meta={})
        with mock.patch("askdoc.retrieval.search", return_value=[hit]):
            self.assertEqual(self.client.post(self.url, {"body": "something private here"}).json()["similar"], [])
        with mock.patch("askdoc.retrieval.search", side_effect=RuntimeError("no index")):
            self.assertEqual(self.client.post(self.url, {"body": "my wrist keeps twitching"}).status_code, 200)

    def test_it_refuses_oversized_input_with_a_message(self):
        response = self.client.post(self.url, {"body": "a" * (views.MAX_TEXT + 1)})
        self.assertEqual(response.status_code, 400)
        self.assertIn("too long", response.json()["error"])

    def test_it_refuses_unreadable_input_with_a_message(self):
        response = self.client.post(self.url, {"body": "bad\x00byte"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("error", response.json())

    def test_it_only_accepts_post(self):
        self.assertEqual(self.client.get(self.url).status_code, 405)

    def test_it_rate_limits_a_flood(self):
        with mock.patch.object(views, "RATE_LIMIT", 3):
            codes = [self.client.post(self.url, {"body": "knee"}).status_code for _ in range(5)]
        self.assertEqual(codes[:3], [200, 200, 200])
        self.assertEqual(codes[-1], 429)

    def test_the_ask_form_carries_the_panel_and_its_script(self):
        response = self.client.get(reverse("ask"))
        self.assertContains(response, 'id="ask-assist"')
        self.assertContains(response, f'data-url="{self.url}"')
        self.assertContains(response, "askdoc/js/ask-assist.js")

    @override_settings(ASKDOC_EMERGENCY_NUMBER="999")
    def test_the_warning_also_shows_without_javascript_after_a_preview(self):
        response = self.client.post(reverse("ask"), {"body": "I want to end it all", "preview": "1"})
        self.assertContains(response, 'role="alert"', status_code=response.status_code)
        self.assertContains(response, "Call 999", status_code=response.status_code)
        self.assertContains(response, "Suicidal thoughts or self-harm", status_code=response.status_code)
