"""Machine translation of a published Q&A with the optional LLM: checked against the original, shown at
?lang= as a machine translation with hreflang alternates, approved by a doctor of the department."""

import json

from django.test import override_settings
from django.urls import reverse

from askdoc.qa import services, tasks, translation
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent, QuestionTranslation
from tests.base import AskdocTestCase
from tests.knowledge.test_more_info_llm import FakeChatServer
from tests.qa import factories as f

ZH_BODY = "我的左手腕最近一個禮拜常常不自主抽動，搬完重物之後特別明顯。\n\n請問是什麼原因？"
ZH_ANSWER = "您好：手腕抽動多半與肌肉疲勞有關，請休息 2 週。\n\n神經內科 林醫師 關心您"
EN = {"page_title": "Wrist Twitching After Lifting: Causes", "title": "Wrist twitching",
      "body": "My left wrist has twitched a lot this past week, especially after carrying heavy things.\n\n"
              "What could be the cause?",
      "answers": ["Hello: wrist twitching is mostly linked to muscle fatigue; please rest for 2 weeks.\n\n"
                  "Dr. Lin of Neurology cares about you"]}


def llm_reply(**changes) -> str:
    return json.dumps(EN | changes, ensure_ascii=False)


class TranslationTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(
            self.neurology, self.dr_lin, body=ZH_BODY, title="手腕抽動", page_title="搬重物後手腕抽動：原因",
            language="zh-hant")
        self.question.answers.update(body=ZH_ANSWER, language="zh-hant")

    def translate(self, content: str) -> bool:
        with FakeChatServer(content) as server, override_settings(ASKDOC_LLM_URL=server.url,
                                                                  ASKDOC_LLM_MODEL="test-model"):
            done = tasks.translate_question.call(self.question.pk)
            self.requests = server.requests
        return done

    def test_it_keeps_a_faithful_translation_into_the_other_language(self):
        self.assertTrue(self.translate(llm_reply()))
        saved = QuestionTranslation.objects.get(question=self.question)
        self.assertEqual((saved.language, saved.page_title, saved.model), ("en", EN["page_title"], "test-model"))
        self.assertEqual(saved.answers[0]["body"], EN["answers"][0])
        self.assertIsNone(saved.approved_at)
        sent = json.loads(self.requests[0]["body"]["messages"][1]["content"])
        self.assertEqual(sent["body"], ZH_BODY)
        self.assertIn("Traditional Chinese", self.requests[0]["body"]["messages"][0]["content"])
        self.assertTrue(AuditEvent.objects.filter(question=self.question, action="translated").exists())

    def test_it_drops_a_translation_that_changes_a_number_or_the_paragraphs(self):
        changed_dose = EN["answers"][0].replace("2 weeks", "3 weeks")
        self.assertFalse(self.translate(llm_reply(answers=[changed_dose])))
        self.assertFalse(self.translate(llm_reply(body=EN["body"].replace("\n\n", " "))))
        self.assertFalse(self.translate(llm_reply(body=ZH_BODY)))  # not translated at all
        self.assertFalse(self.translate("Sorry, I cannot help with that."))
        self.assertFalse(QuestionTranslation.objects.exists())

    def test_it_does_not_translate_the_same_original_twice_and_replaces_a_stale_one(self):
        self.assertTrue(self.translate(llm_reply()))
        self.assertFalse(self.translate(llm_reply()))
        saved = QuestionTranslation.objects.get()
        services.translation_approve(translation=saved, doctor=self.dr_lin)
        self.question.answers.update(body=ZH_ANSWER.replace("請休息", "請好好休息"))
        self.assertTrue(self.translate(llm_reply()))
        self.assertIsNone(QuestionTranslation.objects.get().approved_at, "a new text needs a new approval")

    def test_without_an_endpoint_nothing_is_translated(self):
        self.assertFalse(tasks.translate_question.call(self.question.pk))

    def test_the_page_shows_the_translation_as_a_machine_translation_with_alternates(self):
        self.translate(llm_reply())
        url = self.question.get_absolute_url()
        original = self.client.get(url).content.decode()
        self.assertIn(f'<link rel="alternate" hreflang="zh-Hant" href="http://127.0.0.1:8000{url}">', original)
        self.assertIn(f'<link rel="alternate" hreflang="en" href="http://127.0.0.1:8000{url}?lang=en">', original)
        self.assertIn('hreflang="x-default"', original)
        self.assertIn("Machine translation: English", original)
        translated = self.client.get(url + "?lang=en").content.decode()
        self.assertIn('<article class="qa-page" itemscope lang="en">', translated)
        self.assertIn(EN["page_title"], translated)
        self.assertIn("please rest for 2 weeks", translated)
        self.assertIn("Machine translation of the original (中文（繁體）). No doctor has checked it yet.", translated)
        self.assertIn('<meta name="robots" content="noindex">', translated)
        self.assertIn(f'<link rel="canonical" href="http://127.0.0.1:8000{url}?lang=en">', translated)
        self.assertIn('"inLanguage": "en"', translated)
        self.assertIn('"inLanguage": "zh-Hant"', original)
        self.assertNotIn("No doctor has checked", self.client.get(url + "?lang=fr").content.decode())

    def test_a_doctor_of_the_department_approves_it_from_the_desk(self):
        self.translate(llm_reply())
        saved = QuestionTranslation.objects.get()
        with self.assertRaises(Refused):
            services.translation_approve(translation=saved, doctor=self.dr_heart)
        self.login(self.dr_park)
        response = self.client.post(reverse("doctor_answer", args=[self.question.pk]),
                                    {"action": "approve_translation", "translation": saved.pk})
        self.assertEqual(response.status_code, 302, response.content[:500])
        saved.refresh_from_db()
        self.assertEqual(saved.approved_by, self.dr_park)
        page = self.client.get(self.question.get_absolute_url() + "?lang=en").content.decode()
        self.assertIn("approved by Dr. Park Joon on", page)
        self.assertNotIn('content="noindex"', page)

    def test_publication_queues_a_translation_only_with_an_endpoint(self):
        self.assertEqual(translation.target_language(self.question), "en")
        question = f.make_question(self.neurology, status="claimed", claimed_by=self.dr_lin, published_at=None)
        with override_settings(ASKDOC_LLM_URL="http://127.0.0.1:9/v1"):
            with self.captureOnCommitCallbacks(execute=False) as callbacks:
                services.answer_publish(question=question, doctor=self.dr_lin, body=ZH_ANSWER,
                                        privacy_confirmed=True)
        self.assertEqual(len(callbacks), 6, "the email, the enrichment, the translation, the retention purge and the "
                                            "page cache (the answer and the question changed)")
        other = f.make_question(self.neurology, status="claimed", claimed_by=self.dr_lin, published_at=None)
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            services.answer_publish(question=other, doctor=self.dr_lin, body=ZH_ANSWER, privacy_confirmed=True)
        self.assertEqual(len(callbacks), 5, "no translation without an endpoint")
