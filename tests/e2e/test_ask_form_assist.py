"""The ask form in a real browser: the live emergency warning, and a plain form when JavaScript is off."""

import re

import pytest
from django.test import override_settings
from playwright.sync_api import expect

from askdoc.qa.models import Question
from tests.e2e.conftest import BrowserTestCase

# Not the default 911: the warning must show the number the site is configured with.
EMERGENCY_NUMBER = "112"
EMERGENCY = "I have crushing chest pain spreading to my left arm and I'm sweating"
ORDINARY = "My calf cramps every night since March. Please write to me at yucheng.lee@example.com, thank you."


@pytest.mark.browser
@override_settings(ASKDOC_EMERGENCY_NUMBER=EMERGENCY_NUMBER)
class AskFormAssistTest(BrowserTestCase):
    def fill_about_you(self, page) -> None:
        page.get_by_label("Nickname").fill("Yucheng")
        page.get_by_label("Age range").select_option("50~59")
        page.get_by_label("male", exact=True).check()

    def test_it_warns_of_an_emergency_while_the_asker_types(self):
        page = self.new_page()
        page.goto("/ask/")
        form = page.locator("main form")
        # The page's introduction names the number too, but outside the form: inside it, only the warning does.
        expect(form).not_to_contain_text(EMERGENCY_NUMBER, use_inner_text=True)

        page.get_by_label("Your question").press_sequentially(EMERGENCY, delay=10)

        warning = form.get_by_role("alert").filter(has_text=EMERGENCY_NUMBER)  # announced by screen readers too
        expect(warning).to_be_visible()
        expect(warning).to_contain_text(re.compile("emergency", re.IGNORECASE))
        self.assertFalse(Question.objects.exists(), "the warning came before anything was sent")
        self.screenshot(page, "e2e-ask-emergency-warning.png")
        self.assert_pages_were_healthy()

    def test_it_sends_the_question_with_javascript_off(self):
        page = self.new_page(javascript=False)
        page.goto("/ask/")
        self.fill_about_you(page)
        page.get_by_label("Your question").fill(ORDINARY)
        page.get_by_label(re.compile("published anonymously")).check()

        page.get_by_role("button", name="Preview how it will be published").click()
        preview = page.locator("#preview")
        expect(preview).to_contain_text("Please write to me at [email]")
        expect(preview).to_contain_text("yucheng.lee@example.com")  # listed under what was removed
        self.assertFalse(Question.objects.exists(), "the preview sent nothing")

        page.get_by_role("button", name="Send question").click()
        page.wait_for_url("**/track/**")
        expect(page.locator(".messages")).to_contain_text("Keep this private link")
        question = Question.objects.get()
        self.assertEqual((question.nickname, question.age_range, question.gender), ("Yucheng", "50~59", "male"))
        self.assertEqual(question.body, ORDINARY.replace("yucheng.lee@example.com", "[email]"))
        self.assert_pages_were_healthy()
