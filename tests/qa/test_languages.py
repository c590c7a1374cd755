"""The interface in English and Traditional Chinese: Accept-Language, the switcher's cookie, translated
names, dates in the reference style, refusals and emails in the asker's language, content language."""

from django.conf import settings
from django.core import mail
from django.test import SimpleTestCase
from django.urls import reverse
from django.utils import translation

from askdoc.qa import languages, notifications, services
from askdoc.qa.models import Question
from tests.base import AskdocTestCase
from tests.qa import factories as f
from tests.qa.workflow import WorkflowTestCase

ZH_BODY = "我的左手腕最近一個禮拜常常不自主抽動，尤其是搬完重物之後，請問是什麼原因？需要看醫生嗎？"


class DetectLanguageTest(SimpleTestCase):
    def test_it_reads_chinese_text_as_traditional_chinese(self):
        self.assertEqual(languages.detect_language(ZH_BODY), "zh-hant")

    def test_it_keeps_chinese_with_latin_drug_names_and_units_chinese(self):
        self.assertEqual(languages.detect_language("每天吃 aspirin 100mg 之後胃很痛，是不是 GERD？"), "zh-hant")

    def test_it_keeps_english_with_a_chinese_brand_name_english(self):
        self.assertEqual(languages.detect_language("I took 普拿疼 for my headache yesterday and it helped"), "en")

    def test_it_falls_back_to_the_given_language_without_letters(self):
        self.assertEqual(languages.detect_language("120/80 ???", default="zh-hant"), "zh-hant")
        self.assertEqual(languages.detect_language("120/80 ???"), "en")

    def test_it_maps_browser_codes_to_the_interface_languages(self):
        self.assertEqual(languages.supported("zh-TW"), "zh-hant")
        self.assertEqual(languages.supported("fr"), "en")
        self.assertEqual(languages.html_lang("zh-hant"), "zh-Hant")


class InterfaceLanguageTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin)

    def test_it_speaks_english_by_default(self):
        html = self.client.get(reverse("home")).content.decode()
        self.assertIn('<html lang="en">', html)
        self.assertIn("Ask a doctor", html)

    def test_it_follows_accept_language(self):
        response = self.client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="zh-TW,zh;q=0.9,en;q=0.8")
        html = response.content.decode()
        self.assertIn('<html lang="zh-Hant">', html)
        self.assertIn("詢問醫師", html)
        self.assertIn("神經內科", html)
        self.assertIn("Accept-Language", response["Vary"])
        self.assertIn("Cookie", response["Vary"])

    def test_the_switcher_sets_a_cookie_that_beats_accept_language(self):
        response = self.client.post(reverse("set_language"), {"language": "zh-hant", "next": reverse("home")})
        self.assertRedirects(response, reverse("home"), fetch_redirect_response=False)
        self.assertEqual(self.client.cookies[settings.LANGUAGE_COOKIE_NAME].value, "zh-hant")
        html = self.client.get(reverse("department_list"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
        self.assertIn("<h1>科別</h1>", html)
        self.client.post(reverse("set_language"), {"language": "en", "next": reverse("home")})
        html = self.client.get(reverse("department_list"), HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn("<h1>Departments</h1>", html)

    def test_every_page_has_the_switcher(self):
        for url in (reverse("home"), reverse("ask"), reverse("search"), self.question.get_absolute_url(),
                    reverse("login"), "/no-such-page/"):
            html = self.client.get(url).content.decode()
            self.assertIn('class="language-switcher"', html, url)
            self.assertIn('value="zh-hant"', html, url)

    def test_the_question_page_in_chinese_has_the_reference_date_and_a_chinese_asker_line(self):
        html = self.client.get(self.question.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn("Yucheng，10~19歲，女性。提問日期：2020/03/26", html)
        self.assertIn("回覆日期： 2020/03/26", html)
        self.assertIn("神經內科", html)

    def test_topic_names_follow_the_interface_language(self):
        topic = f.make_topic("Muscle Twitching", self.neurology, name_zh_hant="肌肉抽動")
        chinese = self.client.get(topic.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn("<h1>肌肉抽動</h1>", chinese)
        english = self.client.get(topic.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
        self.assertIn("<h1>Muscle Twitching</h1>", english)

    def test_english_content_on_a_chinese_page_declares_its_language(self):
        topic = f.make_topic("Tremor", self.neurology, description="Shaking of the hands.", synonyms=["shaking"])
        html = self.client.get(topic.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn('<div class="topic-description" lang="en">', html)
        self.assertIn('<span lang="en">shaking</span>', html)
        self.dr_lin.bio = "神經內科醫師，專長為動作障礙。"
        self.dr_lin.save()
        html = self.client.get(self.dr_lin.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
        self.assertIn('<div class="doctor-bio" lang="zh-Hant">', html)

    def test_a_topic_without_a_chinese_name_keeps_its_english_one(self):
        topic = f.make_topic("Tremor", self.neurology)
        with translation.override("zh-hant"):
            self.assertEqual(topic.local_name, "Tremor")
            self.assertEqual(self.neurology.local_name, "神經內科")

    def test_the_staff_pages_speak_chinese_too(self):
        self.login(self.moderator)
        html = self.client.get(reverse("moderation_queue"), HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn("<h1>審核</h1>", html)
        self.assertIn("等待審核", html)
        self.login(self.dr_lin)
        html = self.client.get(reverse("doctor_queue"), HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn("醫師工作台", html)
        self.assertIn("神經內科", html)

    def test_form_errors_are_in_chinese(self):
        response = self.client.post(reverse("ask"), {"send": "1"}, HTTP_ACCEPT_LANGUAGE="zh-TW")
        html = response.content.decode()
        self.assertEqual(response.status_code, 400)
        self.assertIn("請填寫暱稱。", html)
        self.assertIn("請確認您同意問題以匿名方式公開。", html)
        self.assertIn("請修正", html)


class ContentLanguageTest(WorkflowTestCase):
    def test_a_question_asked_in_chinese_on_the_english_interface_is_chinese_and_mails_in_english(self):
        question = self.ask(title="手腕抽動", body=ZH_BODY)
        self.assertEqual(question.language, "zh-hant")
        self.assertEqual(question.asker_language, "en")

    def test_the_asker_language_is_the_interface_language_at_ask_time(self):
        with translation.override("zh-hant"):
            question = self.claimed(self.dr_lin, title="手腕抽動", body=ZH_BODY)
        self.assertEqual(question.asker_language, "zh-hant")
        with self.captureOnCommitCallbacks(execute=True):
            answer = services.answer_publish(question=question, doctor=self.dr_lin,
                                             body="您好：手腕抽動多半與肌肉疲勞有關，請多休息。神經內科 林醫師 關心您")
        self.assertEqual(answer.language, "zh-hant")
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("醫師已回覆您的問題", mail.outbox[0].subject)
        self.assertIn("Yucheng 您好", mail.outbox[0].body)
        self.assertIn("您的私人追蹤頁面", mail.outbox[0].body)

    def test_an_english_asker_gets_english_mail_whatever_language_the_worker_runs_in(self):
        question = self.published(self.dr_lin)
        with translation.override("zh-hant"):
            subject, body = notifications.asker_email(question, "answered")
        self.assertIn("A doctor answered your question", subject)

    def test_the_refusals_follow_the_request_language(self):
        question = self.queued()
        with translation.override("zh-hant"):
            with self.assertRaisesMessage(services.Refused, "只有審核人員可以執行這個動作。"):
                services.question_reject(question=question, moderator=self.stranger, reason="不清楚")

    def test_the_page_declares_the_language_of_the_question_and_of_each_answer(self):
        question = f.make_published_question(self.neurology, self.dr_lin, body=ZH_BODY, language="zh-hant")
        question.answers.update(language="zh-hant")
        html = self.client.get(question.get_absolute_url()).content.decode()
        self.assertIn('<html lang="en">', html)
        self.assertIn('<article class="qa-page" itemscope lang="zh-Hant">', html)
        self.assertIn('lang="zh-Hant" aria-label="Answer by Dr. Lin Mei"', html)
        self.assertIn('<p class="qa-asker meta" lang="en">', html)

    def test_lists_mark_questions_in_the_other_language(self):
        f.make_published_question(self.neurology, self.dr_lin, body=ZH_BODY, language="zh-hant")
        html = self.client.get(self.neurology.get_absolute_url()).content.decode()
        self.assertIn('class="card qa-list-item" lang="zh-Hant"', html)
        self.assertEqual(Question.objects.filter(language="zh-hant").count(), 1)
