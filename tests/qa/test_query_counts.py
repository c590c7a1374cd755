"""Each public page costs the same number of SQL queries with N and with 3N questions, answers and links."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.base import AskdocTestCase, make_doctor
from tests.qa import factories as f


class QueryCountTest(AskdocTestCase):
    def setUp(self):
        self.topic = f.make_topic("Muscle Twitching", self.neurology)
        self.question = f.make_published_question(self.neurology, self.dr_lin, more_info=f.MORE_INFO)

    def grow(self, n: int) -> None:
        """Add n answered questions, each linked to the page's question, its topic and each other."""
        for _ in range(n):
            other = f.make_published_question(self.neurology, self.dr_park)
            f.agree(other.answers.get(), self.dr_lin)
            f.add_answer(other, self.dr_heart)
            f.link_similar(self.question, other)
            f.link_similar(other, self.question)
            f.link_topic(other, self.topic)
            f.link_topic(self.question, f.make_topic(f"Topic {other.pk}", self.neurology))
            f.agree(self.question.answers.get(), make_doctor(f"agreeing{other.pk}", "Agreeing", self.neurology))

    def count_queries(self, url: str) -> int:
        """The page as rendered, not served from the page cache (tests/qa/test_page_cache.py: 1 query then)."""
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(captured)

    def assert_constant(self, urls: list[str], n: int = 2) -> None:
        self.grow(n)
        small = {url: self.count_queries(url) for url in urls}
        self.grow(2 * n)
        large = {url: self.count_queries(url) for url in urls}
        self.assertEqual(small, large)

    def test_it_keeps_public_page_query_counts_constant_for_visitors(self):
        self.assert_constant([
            self.question.get_absolute_url(), "/", "/departments/", "/department/neurology/", "/topics/",
            "/topic/muscle-twitching/", "/doctor/park/",
        ])

    def test_it_keeps_the_question_page_query_count_constant_for_a_moderator(self):
        self.login(self.moderator)
        self.assert_constant([self.question.get_absolute_url(), "/"])

    def test_it_loads_the_question_page_in_a_handful_of_queries(self):
        self.grow(4)
        # 8: the page also loads the question's machine translations (hreflang alternates) in one query, and the
        # view first reads who may see it (question_brief), which alone serves a cached page.
        self.assertLessEqual(self.count_queries(self.question.get_absolute_url()), 8)
