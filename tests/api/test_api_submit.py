import json

from askdoc.qa import services
from askdoc.qa.models import AuditEvent, Question
from tests.base import AskdocTestCase

VALID = {
    "nickname": "Wren",
    "age_range": "20~29",
    "gender": "female",
    "title": "Twitching eyelid",
    "body": "My left eyelid has been twitching on and off for two weeks, mostly when I am tired.",
}


class ApiQuestionSubmitTest(AskdocTestCase):
    def post(self, payload):
        return self.client.post("/api/questions", json.dumps(payload), content_type="application/json")

    def test_it_saves_the_question_and_returns_its_private_tracking_link(self):
        response = self.post(VALID)
        self.assertEqual(response.status_code, 201)
        data = response.json()
        question = Question.objects.get(pk=data["id"])
        # Stored as asked, in the private fields only; the worker's first step fills in the public ones.
        self.assertEqual((question.original_nickname, question.nickname, question.redaction_pending),
                         ("Wren", "", True))
        self.assertTrue(services.question_redact(question))
        question.refresh_from_db()
        self.assertEqual((question.nickname, question.title, question.redaction_pending),
                         ("Wren", "Twitching eyelid", False))
        self.assertTrue(data["tracking_url"].endswith(question.get_tracking_url()))
        self.assertIn(data["status"], {"pending", "queued"})
        self.assertTrue(AuditEvent.objects.filter(question=question).exists())

    def test_it_refuses_bad_input_with_a_clear_message_and_saves_nothing(self):
        # The schema states these limits and choices; the service checks them, in the reader's language.
        for field, value in [("age_range", "abc"), ("gender", "x"), ("body", "too short"), ("nickname", ""),
                             ("email", "not-an-address")]:
            with self.subTest(field=field):
                response = self.post({**VALID, field: value})
                self.assertEqual(response.status_code, 400)
                self.assertTrue(response.json()["detail"])
        schema = self.client.get("/api/openapi.json").json()["components"]["schemas"]["QuestionSubmitIn"]["properties"]
        self.assertEqual((schema["body"]["minLength"], schema["body"]["maxLength"]), (20, 5000))
        self.assertIn("80+", schema["age_range"]["enum"])
        self.assertEqual(Question.objects.count(), 0)

    def test_it_answers_422_for_wrong_types(self):
        response = self.post({**VALID, "body": ["not", "text"]})
        self.assertEqual(response.status_code, 422)
        self.assertIsInstance(response.json()["detail"], str)  # one sentence, as the schema says
        self.assertEqual(Question.objects.count(), 0)

    def test_it_never_returns_the_email(self):
        response = self.post({**VALID, "email": "wren@example.org"})
        self.assertEqual(response.status_code, 201)
        self.assertNotIn("wren@example.org", response.content.decode())
