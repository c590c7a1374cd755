"""The page check behind `askdoc check_demo_pages`: it counts what a visitor sees, and it can fail."""

from django.conf import settings

from askdoc.qa.demo.pages import page_parts, wrong_links
from tests.base import AskdocTestCase
from tests.qa import factories as f


class DemoPagesCheckTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin, more_info=f.MORE_INFO)
        for rank in range(4):
            other = f.make_published_question(self.neurology, self.dr_park, body=f"Twitching question {rank}.")
            f.link_similar(self.question, other, rank=rank)
        for rank, name in enumerate(["Muscle Twitching", "Tremor", "Muscle Cramp"]):
            f.link_topic(self.question, f.make_topic(name, self.neurology), rank=rank)

    def html(self) -> str:
        return self.client.get(self.question.get_absolute_url()).content.decode()

    def test_it_counts_every_part_of_a_complete_page(self):
        parts = page_parts(self.html(), settings.SITE_URL)
        self.assertTrue(parts.asker and parts.ask_date and parts.doctor and parts.reply_date)
        self.assertEqual((parts.cited_sentences, parts.similar, parts.topics), (3, 4, 3))
        self.assertTrue(parts.in_order)
        self.assertTrue(parts.complete, parts.missing())

    def test_it_reports_a_page_with_too_few_parts(self):
        self.question.topic_links.first().delete()
        self.question.similar_links.first().delete()
        parts = page_parts(self.html(), settings.SITE_URL)
        self.assertFalse(parts.complete)
        self.assertEqual(parts.missing(), ["3 Similar Q&A", "2 Related FAQ"])

    def test_it_finds_links_to_another_port_also_inside_share_links(self):
        html = self.html()
        self.assertEqual(wrong_links(html, settings.SITE_URL), [])
        other = settings.SITE_URL.rsplit(":", 1)[0] + ":8999"
        wrong = wrong_links(html, other)
        self.assertTrue(any("facebook" not in url for url in wrong))
        self.assertGreaterEqual(len(wrong), 5)  # canonical, og:url, copy link, and the encoded share links
