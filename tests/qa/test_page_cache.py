"""Public question pages: their parts are cached, the frame is per visitor, and public changes invalidate them."""

from django.core.cache import caches

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

    def test_a_second_load_is_served_from_the_cache_with_one_query(self):
        first = self.load()
        self.assertContains(first, "muscle fatigue")
        second = self.load(expected_queries=1)  # who may see it; the parts come from the cache
        self.assertContains(second, "muscle fatigue")
        self.assertEqual(len(second.content), len(first.content))  # the same page (its CSRF token is masked anew)

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
        self.load(expected_queries=1)

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
