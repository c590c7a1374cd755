"""The whole journey in a real browser: a visitor asks, a moderator approves, Dr. Lin answers, the page is public."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from askdoc.qa.models import Question
from tests.e2e.conftest import BrowserTestCase

NICKNAME = "Yucheng"
TITLE = "Wrist twitching after lifting"
BODY = (
    "About a week ago my wrist started to twitch suddenly, and I can feel the tendons contracting. "
    "It only happens after I finish lifting heavy boxes at work. My wrist feels weak but not painful. "
    "What might be happening?"
)
REPLY = (
    "Hello: your symptoms most likely come from **muscle fatigue** after heavy lifting.\n\n"
    "- Rest your wrist for a week\n"
    "- Drink enough water and eat a balanced diet\n\n"
    "If the twitching persists, please see a neurologist."
)
SHARE_LINKS = ["Copy link", "Email", "Facebook", "X", "LINE", "WhatsApp"]


@pytest.mark.browser
class AskToPublicPageTest(BrowserTestCase):
    def test_it_takes_a_question_from_the_ask_form_to_its_public_page(self):
        tracking_url = self.ask_as_visitor()
        question = Question.objects.get(nickname=NICKNAME)
        self.approve_as_moderator(question)
        self.answer_as_dr_lin(question)
        self.read_public_page(tracking_url, question)
        self.assert_pages_were_healthy()

    def ask_as_visitor(self) -> str:
        page = self.new_page()
        page.goto("/ask/")
        expect(page.get_by_role("heading", name="Ask a doctor")).to_be_visible()
        page.get_by_label("Nickname").fill(NICKNAME)
        page.get_by_label("Age range").select_option("10~19")
        page.get_by_label("female", exact=True).check()
        page.get_by_label("Title").fill(TITLE)
        page.get_by_label("Your question").fill(BODY)
        consent = page.get_by_label(re.compile("published anonymously"))
        if consent.count():
            consent.check()
        self.screenshot(page, "e2e-ask-form.png")
        page.get_by_role("button", name="Send question").click()

        page.wait_for_url("**/track/**")
        expect(page.locator(".messages")).to_contain_text("Keep this private link")
        status = page.locator(".status")
        # Triage may route a confident question straight to a department's queue, skipping moderation.
        expect(status).to_have_text(re.compile(
            r"Waiting for a moderator to check it for privacy\.|Approved and waiting for a doctor of [\w &()]+\."))
        expect(page.get_by_text(BODY).first).to_be_visible()
        return page.url

    def approve_as_moderator(self, question: Question) -> None:
        """Approve into Neurology; if triage already queued it elsewhere, re-route it there."""
        page = self.new_page()
        self.log_in(page, self.moderator, path="/moderation/")
        expect(page.get_by_role("heading", name="Moderation")).to_be_visible()
        auto_routed = question.status == Question.Status.QUEUED
        if auto_routed:
            page.get_by_role("link", name=re.compile("Auto-routed")).click()
        row = page.get_by_role("row").filter(has_text=NICKNAME)
        expect(row).to_have_count(1)
        row.get_by_role("link").click()

        expect(page.get_by_role("heading", name=re.compile(rf"Question #{question.pk}:"))).to_be_visible()
        expect(page.locator(".question-body").first).to_contain_text("lifting heavy boxes")
        self.screenshot(page, "e2e-moderation-review.png")
        if not auto_routed:
            approve = page.locator("form#approve")
            approve.get_by_label("Department").select_option(label="Neurology")
            approve.get_by_role("button", name="Approve and send to the department").click()
            expect(page.locator(".messages")).to_contain_text("Approved and sent to Neurology.")
        elif question.department != self.neurology:
            reroute = page.locator("form#reroute")
            reroute.get_by_label("New department").select_option(label="Neurology")
            reroute.get_by_role("button", name="Re-route").click()
            expect(page.locator(".messages")).to_contain_text("Re-routed to Neurology.")

    def answer_as_dr_lin(self, question: Question) -> None:
        page = self.new_page()
        self.log_in(page, self.dr_lin.user, path="/desk/")
        expect(page.get_by_role("heading", name=re.compile("Doctors' desk"))).to_contain_text("Neurology")
        waiting = page.get_by_role("table", name="Waiting for a doctor")
        waiting.get_by_role("row").filter(has_text=NICKNAME).get_by_role("link").click()

        page.get_by_role("button", name="Claim this question").click()
        expect(page.locator(".messages")).to_contain_text("You claimed this question.")
        page.get_by_label("Answer").fill(REPLY)
        privacy = page.get_by_label(re.compile("I checked the privacy preview"))
        if privacy.count():  # an auto-routed question: no moderator checked it, so the answering doctor does
            privacy.check()
        page.get_by_role("button", name="Publish answer").click()
        expect(page.locator(".messages")).to_contain_text("Your answer is published.")

    def read_public_page(self, tracking_url: str, question: Question) -> None:
        page = self.new_page()
        page.goto(tracking_url)
        expect(page.locator(".status")).to_have_text("Answered and published.")
        page.get_by_role("link", name="Read the public page").click()
        page.wait_for_url(re.compile(rf"/q/{question.pk}-[\w-]+/$"))
        self.screenshot(page, "e2e-question-page.png")

        question.refresh_from_db()
        heading = page.get_by_role("heading", level=1)
        expect(heading).to_have_text(question.page_title)
        self.assertEqual(page.title(), f"{question.page_title} - Neurology")
        share = page.get_by_role("navigation", name="Share this question")
        for name in SHARE_LINKS:
            expect(share.get_by_role("link", name=name, exact=True)).to_be_visible()
        answer = page.locator(".qa-answer")
        expect(answer.locator("strong")).to_have_text("muscle fatigue")  # Markdown rendered, not shown raw
        expect(answer.get_by_role("listitem")).to_have_count(2)

        asked = timezone.localtime(question.asked_at).strftime("%Y/%m/%d")
        replied = timezone.localdate().strftime("%Y/%m/%d")
        parts = [
            question.page_title,
            "Share to:",
            TITLE,
            "It only happens after I finish lifting heavy boxes at work.",
            f"{NICKNAME}, 10~19 year old female. Ask Date: {asked}",
            "Dr. Lin Mei reply Neurology",
            "your symptoms most likely come from muscle fatigue after heavy lifting.",
            "Rest your wrist for a week",
            "If the twitching persists, please see a neurologist.",
            f"Reply Date: {replied}",
            "Medical disclaimer.",
        ]
        text = page.locator("main").inner_text()
        positions = [text.find(part) for part in parts]
        missing = [part for part, at in zip(parts, positions, strict=True) if at < 0]
        self.assertEqual(missing, [], "parts missing from the public page")
        self.assertEqual(positions, sorted(positions), "the page's parts are out of order")
        self.assertNotIn("**", text)

        page.set_viewport_size({"width": 390, "height": 844})  # a phone
        self.screenshot(page, "e2e-question-page-phone.png")
        self.assertLessEqual(page.evaluate("document.documentElement.scrollWidth"), 390, "the page scrolls sideways")
