"""The interface in Chinese in a real browser: switch to 中文 from the header, ask in Chinese, see the Chinese
emergency warning as the asker types, the live preview and the server preview in Chinese, send, and follow the
question on a Chinese tracking page."""

import re

import pytest
from playwright.sync_api import expect

from askdoc.qa.models import Question
from tests.e2e.conftest import BrowserTestCase

QUESTION = ("我最近一個禮拜左手腕常常不自主抽動，搬完重物之後特別明顯，不會痛但覺得沒力。"
            "請問是什麼原因？有結果的話可以寄信到 chen.ming@example.com 嗎？")
EMERGENCY = "我爸爸突然胸口劇烈疼痛，痛到左手臂，一直冒冷汗，現在喘不過氣"


@pytest.mark.browser
class ChineseInterfaceTest(BrowserTestCase):
    def switch_to_chinese(self, page) -> None:
        page.goto("/")
        expect(page.locator("html")).to_have_attribute("lang", "en")
        page.locator(".language-switcher").get_by_role("button", name="中文").click()
        expect(page.locator("html")).to_have_attribute("lang", "zh-Hant")
        page.get_by_role("link", name="詢問醫師").first.click()
        expect(page.get_by_role("heading", name="詢問醫師", level=1)).to_be_visible()

    def fill_about_you(self, page) -> None:
        page.get_by_label("暱稱").fill("阿明")
        page.get_by_label("年齡層").select_option("30~39")
        page.get_by_label("男性", exact=True).check()

    def test_it_switches_to_chinese_and_asks_in_chinese_with_a_chinese_preview(self):
        page = self.new_page()
        self.switch_to_chinese(page)
        self.fill_about_you(page)
        page.get_by_label("您的問題").press_sequentially(QUESTION, delay=5)

        live = page.locator("#ask-assist-panel")
        expect(live.get_by_role("heading", name="刊登後會是這個樣子")).to_be_visible()
        expect(live).to_contain_text("為保護您的隱私已移除")
        expect(live).to_contain_text("chen.ming@example.com")

        page.get_by_label(re.compile("匿名方式公開")).check()
        page.get_by_role("button", name="預覽公開後的樣子").click()
        preview = page.locator("#preview")
        expect(preview.get_by_role("heading", name="公開後的樣子")).to_be_visible()
        expect(preview).to_contain_text("[email]")
        self.assertFalse(Question.objects.exists(), "the preview sent nothing")
        self.screenshot(page, "e2e-zh-ask-preview.png")

        page.get_by_role("button", name="送出問題").click()
        page.wait_for_url("**/track/**")
        expect(page.locator(".messages")).to_contain_text("請保存這個私人連結")
        expect(page.get_by_role("heading", name="您的問題", level=1)).to_be_visible()
        question = Question.objects.get()
        self.assertEqual((question.language, question.asker_language), ("zh-hant", "zh-hant"))
        self.assert_pages_were_healthy()

    def test_it_warns_of_a_chinese_emergency_in_chinese(self):
        page = self.new_page()
        self.switch_to_chinese(page)
        page.get_by_label("您的問題").press_sequentially(EMERGENCY, delay=10)
        warning = page.locator("main form").get_by_role("alert")
        expect(warning).to_contain_text("這可能是緊急狀況")
        self.assertFalse(Question.objects.exists(), "the warning came before anything was sent")
        self.screenshot(page, "e2e-zh-emergency-warning.png")
        self.assert_pages_were_healthy()
