"""The Traditional Chinese demo: answered questions in Chinese across the departments, replies in the
reference style (a greeting, and the department's doctor's sign-off), Chinese topic names."""

import re

from django.utils import translation

from askdoc.qa.demo.loader import SOURCE, demo_load
from askdoc.qa.models import Answer, FaqTopic, Question
from tests.base import AskdocTestCase

SIGN_OFF = re.compile(r"\n\n(\S+) (\S)(?:醫師|營養師) 關心您$")


class ChineseDemoTest(AskdocTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        demo_load()
        cls.chinese = Question.objects.filter(source=SOURCE, language="zh-hant", status=Question.Status.PUBLISHED)

    def test_it_loads_at_least_40_chinese_questions_over_every_department(self):
        self.assertGreaterEqual(self.chinese.count(), 40)
        self.assertEqual(self.chinese.values("department").distinct().count(), 22)
        self.assertFalse(Question.objects.filter(source=SOURCE, language="zh-hant", external_id__startswith="demo-")
                         .exclude(external_id__startswith="demo-zh-").exists())

    def test_every_chinese_reply_greets_and_signs_off_with_its_department_and_doctor(self):
        answers = Answer.objects.filter(question__in=self.chinese).select_related("doctor__department")
        self.assertGreaterEqual(answers.count(), 40)
        for answer in answers:
            self.assertEqual(answer.language, "zh-hant", answer.pk)
            self.assertTrue(answer.body.startswith("您好："), answer.body[:20])
            match = SIGN_OFF.search(answer.body)
            self.assertIsNotNone(match, answer.body[-30:])
            self.assertEqual(match.group(1), answer.doctor.department.name_zh_hant)
            self.assertEqual(match.group(2), answer.doctor.display_name[0])

    def test_every_demo_topic_has_a_chinese_name(self):
        self.assertFalse(FaqTopic.objects.filter(name_zh_hant="").exists())
        with translation.override("zh-hant"):
            self.assertEqual(FaqTopic.objects.get(slug="parkinsons-disease").local_name, "帕金森氏症")

    def test_a_chinese_demo_page_reads_in_chinese(self):
        question = self.chinese.get(external_id="demo-zh-neuro-01")
        html = self.client.get(question.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn("<title>跑步後小腿肌肉跳動：原因與建議 - 神經內科</title>", html)
        self.assertIn("跑步的阿哲，20~29歲，男性。提問日期：2025/02/10", html)
        self.assertIn("神經內科 江醫師 關心您", html)
        self.assertIn("肌肉抽動", html)

    def test_departments_are_described_in_chinese_on_a_chinese_page(self):
        html = self.client.get("/departments/", HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
        self.assertIn("心臟與血管：胸悶胸痛", html)
        english = self.client.get("/departments/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
        self.assertIn("The heart and blood vessels", english)
        self.assertNotIn("心臟與血管", english)
