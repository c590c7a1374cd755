"""What search engines and feed readers get: the sitemap, robots.txt, Atom feeds, canonical redirects and the
MedicalWebPage data with who reviewed the answer."""

import json
import re
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from askdoc.qa.models import Question
from tests.base import AskdocTestCase
from tests.qa import factories as f

SITE = settings.SITE_URL.rstrip("/")


class DiscoveryTest(AskdocTestCase):
    def setUp(self):
        self.published = f.make_published_question(self.neurology, self.dr_lin, page_title="Wrist Twitches")
        self.other = f.make_published_question(self.cardiology, self.dr_heart, page_title="Racing Heart")
        self.hidden = [f.make_question(self.neurology, status=status, page_title=f"Hidden {status}")
                       for status in (Question.Status.PENDING, Question.Status.QUEUED, Question.Status.CLAIMED,
                                      Question.Status.REJECTED, Question.Status.REMOVED)]
        self.topic = f.make_topic("Muscle Twitching", self.neurology)
        f.link_topic(self.published, self.topic)
        f.link_topic(self.hidden[1], self.topic)

    def locations(self, url: str) -> list[str]:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())

    def test_it_indexes_one_sitemap_per_kind_of_page(self):
        sections = self.locations("/sitemap.xml")
        self.assertEqual([s.rsplit("/", 1)[1] for s in sections],
                         ["sitemap-questions.xml", "sitemap-departments.xml", "sitemap-topics.xml",
                          "sitemap-doctors.xml"])

    def test_it_lists_every_published_question_and_nothing_unpublished(self):
        urls = self.locations("/sitemap-questions.xml")
        self.assertEqual(sorted(urls), sorted(SITE + q.get_absolute_url() for q in (self.published, self.other)))
        content = self.client.get("/sitemap-questions.xml").content.decode()
        self.assertIn("<lastmod>", content)
        for question in self.hidden:
            self.assertNotIn(f"/q/{question.pk}-", content)

    def test_it_lists_departments_topics_and_verified_doctors_only(self):
        self.assertIn(SITE + "/department/neurology/", self.locations("/sitemap-departments.xml"))
        self.assertEqual(self.locations("/sitemap-topics.xml"), [SITE + "/topic/muscle-twitching/"])
        doctors = self.locations("/sitemap-doctors.xml")
        self.assertIn(SITE + "/doctor/lin/", doctors)
        self.assertNotIn(SITE + "/doctor/pending/", doctors)
        self.assertEqual(self.client.get("/sitemap-nope.xml").status_code, 404)

    def test_robots_points_to_the_sitemap_and_keeps_crawlers_off_the_private_paths(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        text = response.content.decode()
        self.assertIn(f"Sitemap: {SITE}/sitemap.xml", text)
        for path in ("/desk/", "/moderation/", "/track/", "/api/desk/", "/api/moderation/"):
            self.assertIn(f"Disallow: {path}\n", text)
        self.assertNotIn("Disallow: /q/", text)

    def test_department_and_topic_feeds_carry_only_published_questions(self):
        for url, expected, absent in [("/department/neurology/feed/", self.published, self.other),
                                      ("/topic/muscle-twitching/feed/", self.published, self.other)]:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200)
            self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
            feed = response.content.decode()
            self.assertIn(f'href="{SITE}{expected.get_absolute_url()}"', feed)
            self.assertIn("<name>Dr. Lin Mei</name>", feed)
            self.assertNotIn(absent.page_title, feed)
            self.assertNotIn("Hidden", feed)
        self.assertEqual(self.client.get("/department/nope/feed/").status_code, 404)
        self.assertEqual(self.client.get("/topic/nope/feed/").status_code, 404)
        self.assertContains(self.client.get("/department/neurology/"), 'href="/department/neurology/feed/"')
        self.assertContains(self.client.get("/topic/muscle-twitching/"), 'href="/topic/muscle-twitching/feed/"')

    def test_any_text_after_the_id_redirects_to_the_canonical_address(self):
        canonical = self.published.get_absolute_url()
        for url in [f"/q/{self.published.pk}-wrong-slug/", f"/q/{self.published.pk}-%E9%A0%AD%E7%97%9B/",
                    f"/q/{self.published.pk}-a%20b/", f"/q/{self.published.pk}-/"]:
            response = self.client.get(url)
            self.assertEqual((response.status_code, response["Location"]), (301, canonical), url)
        self.assertEqual(self.client.get(f"/q/{self.hidden[1].pk}-%E9%A0%AD/").status_code, 404)

    def test_the_page_says_who_reviewed_the_answer_and_when_in_text_and_json_ld(self):
        answer = self.published.answers.get()
        answer.last_reviewed_at = timezone.make_aware(datetime(2026, 5, 2, 10, 0))
        answer.save()
        html = self.client.get(self.published.get_absolute_url()).content.decode()
        self.assertIn("Reviewed by Dr. Lin Mei on 2026/05/02", html)
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
        self.assertEqual(data["@type"], ["QAPage", "MedicalWebPage"])
        self.assertEqual(data["lastReviewed"], "2026-05-02")
        self.assertEqual(data["reviewedBy"]["name"], "Dr. Lin Mei")
        self.assertEqual(data["reviewedBy"]["url"], SITE + "/doctor/lin/")
