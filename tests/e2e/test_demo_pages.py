"""A fresh install's demo pages in a real browser: every part of the reference page, in order, on the served port.

The whole demo is loaded and indexed with the real encoder (as `make run` does); a sample of questions, one per
department of a spread of departments, is enriched and read in Chromium. `askdoc check_demo_pages` counts the
same parts over every demo page.
"""

import socket

import pytest
from django.test import override_settings
from playwright.sync_api import expect

from askdoc.knowledge import services
from askdoc.knowledge.demo_library import demo_library_load
from askdoc.qa.demo.loader import SOURCE, demo_load
from askdoc.qa.models import Question
from tests.e2e.conftest import BrowserTestCase

SAMPLE = ["demo-neuro-03", "demo-gastro-01", "demo-peds-02", "demo-psych-04", "demo-dental-02", "demo-uro-01",
          "demo-zh-neuro-01", "demo-zh-uro-01"]
DEMO_NAMES = {"en": "askdoc demo library (not medical advice)", "zh-hant": "askdoc 示範知識庫（非醫療建議）"}


def free_port(candidates=range(8146, 8150)) -> int:
    """A free port of the range this test was written to use; 0 (any free port) when they are all taken."""
    for port in candidates:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    return 0


@pytest.mark.browser
class DemoPagesInTheBrowserTest(BrowserTestCase):
    port = free_port()

    def test_sampled_demo_pages_show_every_part_in_the_reference_order(self):
        demo_load()
        demo_library_load()
        for name in ("kb", "topics"):
            services.collection_rebuild(name=name)
        services.kb_sentences_index()
        services.questions_index(questions=Question.objects.filter(source=SOURCE, status="published"))
        questions = [Question.objects.get(source=SOURCE, external_id=key) for key in SAMPLE]
        for question in questions:
            services.question_enrich(question=question)
        with override_settings(SITE_URL=self.live_server_url):
            for question in questions:
                self.check_page(question)
        self.assert_pages_were_healthy()

    def check_page(self, question: Question) -> None:
        page = self.new_page()
        page.goto(question.get_absolute_url())
        expect(page.get_by_role("heading", level=1)).to_have_text(question.page_title)
        parts = [
            page.locator(".qa-asker"), page.locator(".qa-answer .qa-answer-by").first,
            page.locator(".qa-reply-date").first, page.locator("#more-info"), page.locator("#similar"),
            page.locator("#related-faq"),
        ]
        for part in parts:
            expect(part).to_be_visible()
        # The labels in the page's interface language (a Chinese question may be read in either).
        self.assertRegex(parts[0].inner_text(), r"(Ask Date: |提問日期：)\s*\S", question.external_id)
        self.assertRegex(parts[2].inner_text(), r"(Reply Date: |回覆日期：)\s*\S", question.external_id)
        tops = [part.bounding_box()["y"] for part in parts]
        self.assertEqual(tops, sorted(tops), f"{question.external_id}: parts out of the reference order")

        more_info = page.locator("#more-info")
        cited = more_info.evaluate("e => e.querySelectorAll('sup.source-marker').length")
        self.assertGreaterEqual(cited, 3, question.external_id)
        expect(more_info.locator(".qa-sources")).to_contain_text(DEMO_NAMES[question.language])
        if question.language == "zh-hant":  # Chinese sentences for a Chinese question, never English ones
            self.assertRegex(more_info.locator("li, p").first.inner_text(), r"[\u4e00-\u9fff]{6}")
        expect(page.locator("#similar .qa-similar-item")).to_have_count(4)
        self.assertGreaterEqual(page.locator("#related-faq li").count(), 3, question.external_id)

        canonical = page.locator("link[rel=canonical]").get_attribute("href")
        self.assertTrue(canonical.startswith(self.live_server_url + "/q/"), canonical)
        self.assertEqual(page.locator("meta[property='og:url']").get_attribute("content"), canonical)
        share = page.locator(".share-links a[href]").evaluate_all("links => links.map(a => a.href)")
        served = self.live_server_url.replace(":", "%3A").replace("/", "%2F")
        self.assertTrue(all(served in href or href == canonical for href in share), share)
        self.screenshot(page, f"e2e-demo-{question.external_id}.png")
