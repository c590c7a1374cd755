"""The API says which language each question and answer is written in, and gives the Chinese names."""

from tests.base import AskdocTestCase
from tests.qa import factories as f

ZH_BODY = "我的左手腕最近一個禮拜常常不自主抽動，尤其是搬完重物之後，請問是什麼原因？"


class ApiLanguageTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin, body=ZH_BODY, language="zh-hant")
        self.question.answers.update(language="zh-hant")
        f.link_topic(self.question, f.make_topic("Muscle Twitching", self.neurology, name_zh_hant="肌肉抽動"))

    def test_it_gives_the_language_of_the_question_and_its_answers(self):
        data = self.client.get(f"/api/questions/{self.question.pk}").json()
        self.assertEqual(data["language"], "zh-hant")
        self.assertEqual(data["answers"][0]["language"], "zh-hant")
        self.assertEqual(data["department"], {"slug": "neurology", "name": "Neurology", "name_zh_hant": "神經內科"})
        self.assertEqual(data["related_topics"][0]["name_zh_hant"], "肌肉抽動")

    def test_it_names_departments_in_both_languages(self):
        departments = {d["slug"]: d for d in self.client.get("/api/departments").json()}
        self.assertEqual(departments["pediatrics"]["name_zh_hant"], "小兒科")
        self.assertEqual(self.client.get("/api/departments/urology").json()["name_zh_hant"], "泌尿科")

    def test_refusals_follow_accept_language(self):
        # Long enough for the schema, but only spaces: the service refuses it, in the client's language.
        response = self.client.post("/api/questions", {"nickname": "阿明", "age_range": "30~39", "gender": "male",
                                                       "body": " " * 30}, content_type="application/json",
                                    HTTP_ACCEPT_LANGUAGE="zh-TW")
        self.assertEqual(response.status_code, 400, response.content)
        self.assertIn("請填寫問題內容。", response.json()["detail"])
