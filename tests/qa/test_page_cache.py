"""Public question pages: their parts are cached, the frame is per visitor, and public changes invalidate them.
Anonymous visitors (no session, no messages) get the whole page from the cache, with a CSRF token of their own."""

import re

from django.core.cache import caches
from django.test import Client

from askdoc.qa import services
from askdoc.qa.models import Question
from tests.qa.workflow import ANSWER, WorkflowTestCase


class QuestionPageCacheTest(WorkflowTestCase):
    def setUp(self):
        super().setUp()
        caches["pages"].clear()
        with self.captureOnCommitCallbacks(execute=True):
            self.question = self.published()
        self.url = self.question.get_absolute_url()

    def load(self, expected_queries: int | None = None):
        if expected_queries is None:
            return self.client.get(self.url)
        with self.assertNumQueries(expected_queries):
            return self.client.get(self.url)

    def test_a_second_anonymous_load_is_the_whole_page_from_the_cache_with_no_query(self):
        first = self.load()
        self.assertContains(first, "muscle fatigue")
        second = self.load(expected_queries=0)
        self.assertContains(second, "muscle fatigue")
        self.assertEqual(len(second.content), len(first.content))  # the same page (its CSRF token is masked anew)

    def test_the_kept_page_carries_a_csrf_token_that_works_for_its_visitor(self):
        self.load()  # kept by one visitor
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get(self.url)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
        self.assertNotIn("\x00", page.content.decode())
        switched = visitor.post("/i18n/setlang/", {"language": "zh-hant", "next": self.url,
                                                   "csrfmiddlewaretoken": token})
        self.assertEqual(switched.status_code, 302)
        self.assertEqual(visitor.cookies["askdoc_language"].value, "zh-hant")
        self.assertEqual(Client(enforce_csrf_checks=True).post("/i18n/setlang/", {
            "language": "zh-hant", "next": self.url, "csrfmiddlewaretoken": token}).status_code, 403)

    def test_each_interface_language_and_translation_has_its_own_page(self):
        english = self.load()
        chinese = self.client.get(self.url, headers={"accept-language": "zh-Hant"})
        self.assertContains(chinese, 'lang="zh-Hant"')
        self.assertNotEqual(english.content, chinese.content)
        self.assertContains(self.client.get(self.url), 'lang="en"')

    def test_other_query_strings_and_visitors_with_messages_get_the_page_rendered_around_its_parts(self):
        self.load()
        with self.assertNumQueries(1):
            self.client.get(self.url + "?utm_source=feed")
        self.client.cookies["messages"] = "something"
        with self.assertNumQueries(1):
            self.client.get(self.url)

    def test_an_answer_edit_shows_at_once(self):
        self.load()
        answer = self.question.answers.get()
        with self.captureOnCommitCallbacks(execute=True):
            services.answer_edit(answer=answer, doctor=self.dr_lin, body=ANSWER + " Drink more water.")
        self.assertContains(self.load(), "Drink more water.")

    def test_a_removal_takes_the_page_down_at_once(self):
        self.load()
        with self.captureOnCommitCallbacks(execute=True):
            services.question_remove(question=self.question, moderator=self.moderator, reason="Asked to.")
        self.assertEqual(self.load().status_code, 404)

    def test_new_asks_keep_the_cached_pages(self):
        self.load()
        self.ask(body="Another question about my knee that hurts when I climb stairs.")
        self.load(expected_queries=0)

    def test_the_frame_is_each_visitor_s_own(self):
        self.load()  # cached by an anonymous visitor
        self.login(self.dr_lin)
        response = self.client.get(self.url)
        self.assertContains(response, "My queue")
        self.assertContains(response, "muscle fatigue")

    def test_an_unpublished_question_is_never_cached(self):
        question = self.queued()
        self.login(self.moderator)
        self.assertContains(self.client.get(question.get_absolute_url()), "Not published")
        Question.objects.filter(pk=question.pk).update(body="Changed behind the page's back, a long body.")
        self.assertContains(self.client.get(question.get_absolute_url()), "Changed behind the page")
