"""The rest of the desk and moderation pages through the API: the copilot, the draft reply (against a real
OpenAI-compatible server on 127.0.0.1), the preview, translation approval, notifications and the dashboard."""

import json

from django.test import override_settings

from askdoc.api.tokens import token_create
from askdoc.qa.models import AuditEvent, Question, QuestionTranslation
from tests.knowledge.test_more_info_llm import FakeChatServer
from tests.qa.test_copilot import CopilotTestCase
from tests.qa.test_copilot_draft import INVENTED, SUPPORTED, free_port
from tests.qa.workflow import WorkflowTestCase


class ApiCopilotTest(CopilotTestCase):
    def setUp(self):
        super().setUp()
        self.tokens = {"lin": token_create(user=self.dr_lin.user, name="t")[1],
                       "heart": token_create(user=self.dr_heart.user, name="t")[1]}

    def call(self, method: str, url: str, who: str, status: int = 200):
        response = getattr(self.client, method)(f"/api{url}", content_type="application/json",
                                                HTTP_AUTHORIZATION=f"Bearer {self.tokens[who]}")
        self.assertEqual(response.status_code, status, response.content)
        return response.json()

    def test_the_copilot_as_on_the_page(self):
        copilot = self.call("get", f"/desk/questions/{self.queued.pk}/copilot", "lin")
        self.assertEqual([t["slug"] for t in copilot["triage"]], ["neurology", "orthopedics"])
        self.assertEqual(copilot["confidence"], 0.93)
        self.assertEqual(copilot["question_type"], "causes")
        self.assertIn("cramps", [f["name"] for f in copilot["focus"]])
        self.assertEqual(sorted(s["id"] for s in copilot["similar"][:3]), sorted(q.pk for q in self.similar))
        self.assertEqual(copilot["sources"][0]["url"], "https://medlineplus.gov/musclecramps.html")
        self.assertFalse(copilot["draft_available"])
        self.call("get", f"/desk/questions/{self.queued.pk}/copilot", "heart", status=403)

    def test_the_draft_drops_the_invented_sentence_and_publishes_nothing(self):
        with FakeChatServer(json.dumps({"sentences": [SUPPORTED, INVENTED]})) as server, \
                override_settings(ASKDOC_LLM_URL=server.url):
            draft = self.call("post", f"/desk/questions/{self.queued.pk}/draft", "lin")
        self.assertEqual(draft["sentences"], [{"text": SUPPORTED, "number": 1,
                                               "source_url": "https://medlineplus.gov/musclecramps.html"}])
        self.assertEqual((draft["dropped"], draft["is_draft"]), (1, True))
        self.assertFalse(self.queued.answers.exists())

    def test_the_draft_without_an_endpoint_or_with_an_unreachable_one(self):
        with override_settings(ASKDOC_LLM_URL=""):
            self.call("post", f"/desk/questions/{self.queued.pk}/draft", "lin", status=400)
        with override_settings(ASKDOC_LLM_URL=f"http://127.0.0.1:{free_port()}"):
            detail = self.call("post", f"/desk/questions/{self.queued.pk}/draft", "lin", status=503)["detail"]
        self.assertIn("did not answer", detail)


class ApiDeskHelpTest(WorkflowTestCase):
    def setUp(self):
        super().setUp()
        self.tokens = {key: token_create(user=user, name="test")[1] for key, user in [
            ("lin", self.dr_lin.user), ("park", self.dr_park.user), ("heart", self.dr_heart.user),
            ("mo", self.moderator)]}

    def call(self, method: str, url: str, who: str, body: dict | None = None, status: int = 200):
        response = getattr(self.client, method)(f"/api{url}", data=body or {}, content_type="application/json",
                                                HTTP_AUTHORIZATION=f"Bearer {self.tokens[who]}")
        self.assertEqual(response.status_code, status, response.content)
        return response.json()

    def test_preview_renders_like_the_public_page(self):
        question = self.queued()
        response = self.client.post(f"/api/desk/questions/{question.pk}/preview", {"body": "**Rest**<script>"},
                                    content_type="application/json",
                                    HTTP_AUTHORIZATION=f"Bearer {self.tokens['lin']}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("<strong>Rest</strong>", response.json()["html"])
        self.assertNotIn("<script>", response.json()["html"])

    def test_a_department_doctor_approves_a_machine_translation(self):
        question = self.published()
        QuestionTranslation.objects.create(question=question, language="zh-hant", body="手腕", source_digest="x")
        url = f"/desk/questions/{question.pk}/translations/zh-hant/approve"
        self.call("post", url, "heart", status=403)
        approved = self.call("post", url, "park")
        self.assertEqual((approved["language"], approved["approved_by"]["slug"]), ("zh-hant", self.dr_park.slug))
        self.assertTrue(AuditEvent.objects.filter(action="translation_approved").exists())
        self.call("post", f"/desk/questions/{question.pk}/translations/en/approve", "park", status=404)

    def test_a_doctor_sets_the_notification_choice(self):
        self.assertEqual(self.call("put", "/desk/notifications", "lin", {"notify": "never"}), {"notify": "never"})
        self.dr_lin.refresh_from_db()
        self.assertEqual(self.dr_lin.notify, "never")
        self.call("put", "/desk/notifications", "lin", {"notify": "hourly"}, status=422)
        self.call("put", "/desk/notifications", "mo", {"notify": "daily"}, status=403)

    def test_the_moderators_dashboard(self):
        waiting = self.queued()
        Question.objects.filter(pk=waiting.pk).update(is_emergency=True)
        board = self.call("get", "/moderation/dashboard?days=7", "mo")
        self.assertEqual(len(board["per_day"]), 7)
        self.assertEqual(board["oldest_waiting"]["id"], waiting.pk)
        self.assertEqual([q["id"] for q in board["emergencies_waiting"]], [waiting.pk])
        self.assertEqual(board["per_day"][-1]["asked"], 1)
        self.call("get", "/moderation/dashboard", "lin", status=403)
        self.call("get", "/moderation/dashboard?days=0", "mo", status=422)
