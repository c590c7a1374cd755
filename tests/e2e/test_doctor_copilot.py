"""The doctor's copilot in a real browser: a Neurology doctor opens a queued question no person has checked yet,
sees the triage, the question's focus and type, what was redacted, at least three similar answered questions and
the sources More Info would cite, asks for a draft reply (an OpenAI-compatible server on 127.0.0.1 that answers
with a sentence of the first passage it was given and an invented one; the invented one is dropped), inserts a
link and a citation, watches the live preview, confirms the privacy preview and publishes.

The demo content and the demo library are loaded and indexed with the real encoder, as `make run` does.
"""

import json
import re

import pytest
from django.test import override_settings
from playwright.sync_api import expect

from askdoc.knowledge import services
from askdoc.knowledge.demo_library import demo_library_load
from askdoc.qa.demo.loader import SOURCE, demo_load
from askdoc.qa.models import Question
from tests.e2e.conftest import BrowserTestCase
from tests.knowledge.test_more_info_llm import FakeChatServer

BODY = ("For two weeks the muscles in my calf and thigh keep twitching, and my eyelid jumps too. I drink a lot "
        "of coffee and sleep badly. I read about ALS and I am scared. What could cause this twitching?")
INVENTED = "Drinking tonic water every night stops all twitching for good."
REPLY = "Hello: twitching like this is most often benign fasciculation, made worse by caffeine and poor sleep. "


def first_passage_and_an_invented_sentence(body: dict) -> str:
    """The chat reply: {"sentences": [the first passage of the prompt, INVENTED]}."""
    first = re.search(r"^\[1\] (.*)$", body["messages"][-1]["content"], re.M).group(1)
    return json.dumps({"sentences": [first, INVENTED]})


@pytest.mark.browser
class DoctorCopilotTest(BrowserTestCase):
    port = 8173  # this helper's port range

    def test_a_neurologist_uses_the_copilot_confirms_privacy_and_publishes(self):
        demo_load()
        demo_library_load()
        for name in ("kb", "topics"):
            services.collection_rebuild(name=name)
        services.questions_index(questions=Question.objects.filter(source=SOURCE, status="published"))
        question = Question.objects.create(
            body=BODY, original_body=BODY.replace("I drink", "I am Maria Lopez and I drink"),
            redactions=[{"field": "body", "type": "name", "start": 88, "end": 109, "text": "I am Maria Lopez and "}],
            nickname="Anonymous", age_range="30~39", gender="female", department=self.neurology,
            status=Question.Status.QUEUED, triage=[{"slug": "neurology", "score": 0.94}],
        )
        with FakeChatServer(first_passage_and_an_invented_sentence) as llm, \
                override_settings(SITE_URL=self.live_server_url, ASKDOC_LLM_URL=llm.url):
            self.answer_with_the_copilot(question)
        self.assert_pages_were_healthy()

    def answer_with_the_copilot(self, question: Question) -> None:
        page = self.new_page()
        self.log_in(page, self.dr_lin.user, path=f"/desk/{question.pk}/")
        copilot = page.locator("#copilot")
        expect(copilot).to_contain_text("Neurology")
        expect(page.locator("#copilot-understanding")).to_contain_text("twitching")
        expect(page.locator("#copilot-understanding .copilot-type")).to_have_text("causes")
        expect(page.locator("#copilot-redactions")).to_contain_text("body: name")
        similar = page.locator("#copilot-similar .copilot-item")
        expect(similar.first).to_be_visible()
        self.assertGreaterEqual(similar.count(), 3)
        sources = page.locator("#copilot-sources .copilot-item")
        expect(sources.first).to_be_visible()
        expect(page.locator("#privacy-check")).to_contain_text("Maria Lopez")
        self.screenshot(page, "e2e-copilot.png")

        page.get_by_role("button", name="Claim this question").click()
        expect(page.locator(".messages")).to_contain_text("You claimed this question")
        box = page.locator('textarea[name="answer-body"]')
        page.get_by_role("button", name="Draft a reply from the copilot's sources").click()
        draft = page.locator("#draft")
        expect(draft).to_contain_text("not published, for you to edit")
        expect(draft).to_contain_text("1 sentence the sources do not support was dropped")
        self.assertNotIn(INVENTED, draft.inner_text())
        kept = draft.locator(".draft-sentence").first.inner_text()
        page.get_by_role("button", name="Put the draft in the answer box").click()
        self.assertIn(kept, box.input_value())
        # A draft publishes nothing.
        self.assertEqual(Question.objects.get(pk=question.pk).status, Question.Status.CLAIMED)
        box.fill(REPLY + "Similar question: ")
        link = page.locator("#copilot-similar .copilot-insert").first.get_attribute("data-insert")
        page.locator("#copilot-similar .copilot-insert").first.click()
        box.press("End")
        box.type(" Background: ")
        citation = page.locator("#copilot-sources .copilot-insert").first.get_attribute("data-insert")
        page.locator("#copilot-sources .copilot-insert").first.click()
        self.assertIn(link, box.input_value())
        self.assertIn(citation, box.input_value())
        preview = page.locator("#answer-preview")
        expect(preview).to_be_visible()
        expect(preview.locator("#answer-preview-body")).to_contain_text("benign fasciculation")
        similar_title = re.match(r"\[(.+)\]\(", link).group(1)
        expect(preview.locator("#answer-preview-body a").first).to_have_text(similar_title)

        page.get_by_label(re.compile("I checked the privacy preview")).check()
        page.get_by_role("button", name="Publish answer").click()
        expect(page.locator(".messages")).to_contain_text("Your answer is published")
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PUBLISHED)
        self.assertEqual(question.privacy_confirmed_by, self.dr_lin.user)

        public = self.new_page()
        public.goto(question.get_absolute_url())
        answer = public.locator(".qa-answer").first
        expect(answer).to_contain_text("benign fasciculation")
        expect(answer.get_by_role("link", name=similar_title)).to_be_visible()
        self.assertNotIn("Maria Lopez", public.content())
