"""The copilot's draft reply: written by an OpenAI-compatible endpoint (a real HTTP server on 127.0.0.1 here) from
exactly the sources the copilot shows, unsupported sentences dropped, shown as a draft and never published."""

import json
import re
import socket

from django.test import override_settings

from askdoc.qa.copilot import copilot_for
from askdoc.qa.models import Answer
from tests.knowledge.test_more_info_llm import FakeChatServer
from tests.qa.test_copilot import CopilotTestCase

SUPPORTED = "Muscle cramps often happen after exercise or lifting heavy objects, when the muscle is tired."
SUPPORTED_TOO = "Stretching or gently massaging the cramping muscle can relieve the pain of muscle cramps."
INVENTED = "Quinine tonic water every evening prevents all cramps for good."


def sentences(*written: str) -> str:
    return json.dumps({"sentences": list(written)})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DraftReplyTest(CopilotTestCase):
    def setUp(self):
        super().setUp()
        self.login(self.dr_lin)
        self.page = f"/desk/{self.queued.pk}/"

    def draft(self, server_url: str, typed: str = ""):
        with override_settings(ASKDOC_LLM_URL=server_url, ASKDOC_LLM_MODEL="tiny"):
            return self.client.post(self.page, {"action": ["publish", "draft"], "answer-body": typed})

    def test_the_draft_keeps_supported_sentences_each_with_its_source_and_drops_the_invented_one(self):
        self.client.post(self.page, {"action": "claim"})
        with FakeChatServer(sentences(SUPPORTED, INVENTED, SUPPORTED_TOO)) as server:
            with override_settings(ASKDOC_LLM_URL=server.url):
                self.assertContains(self.client.get(self.page), 'id="draft-button"')
            response = self.draft(server.url, typed="Dear asker,")
        self.assertEqual(response.status_code, 200)
        kept = response.context["draft"].sentences
        self.assertEqual([s["text"] for s in kept], [SUPPORTED, SUPPORTED_TOO])
        self.assertEqual(response.context["draft"].dropped, 1)
        shown = copilot_for(self.queued).sources
        for sentence in kept:
            self.assertEqual(sentence["source"]["url"], shown[sentence["number"] - 1]["url"])
            self.assertEqual(sentence["source"]["url"], "https://medlineplus.gov/musclecramps.html")
        self.assertContains(response, "Draft reply: not published, for you to edit")
        self.assertContains(response, "1 sentence the sources do not support was dropped.")
        self.assertNotContains(response, INVENTED)
        self.assertContains(response, "Dear asker,</textarea>")  # what the doctor typed stays
        self.assertIn("[MedlinePlus: Muscle Cramps](https://medlineplus.gov/musclecramps.html)",
                      response.context["draft"].markdown)
        # The model saw the published question and only sentences of the sources the copilot shows.
        prompt = server.requests[0]["body"]["messages"][-1]["content"]
        self.assertIn(self.queued.body, prompt)
        passages = re.findall(r"^\[\d+\] (.*)$", prompt, re.M)
        source_text = " ".join(pair.answer for s in shown for pair in s["pairs"])
        self.assertTrue(passages)
        self.assertTrue(all(p in source_text for p in passages), passages)
        self.assertNotIn("kidney", prompt.lower())
        # A draft publishes nothing.
        self.assertFalse(Answer.objects.filter(question=self.queued).exists())

    def test_a_draft_with_no_supported_sentence_says_so(self):
        with FakeChatServer(sentences(INVENTED)) as server:
            response = self.draft(server.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["draft"].sentences, [])
        self.assertContains(response, "no draft")

    def test_an_unreachable_endpoint_is_a_clear_message_not_a_server_error(self):
        self.client.post(self.page, {"action": "claim"})
        port = free_port()
        response = self.draft(f"http://127.0.0.1:{port}/v1", typed="Kept text")
        self.assertEqual(response.status_code, 503)
        self.assertContains(response, f"The draft writer (the language model at 127.0.0.1:{port}) did not answer",
                            status_code=503)
        self.assertContains(response, "Kept text</textarea>", status_code=503)
        with FakeChatServer("not json", status=500) as server:
            self.assertEqual(self.draft(server.url).status_code, 503)

    def test_without_an_endpoint_there_is_no_draft_button(self):
        self.client.post(self.page, {"action": "claim"})
        with override_settings(ASKDOC_LLM_URL=""):
            self.assertNotContains(self.client.get(self.page), 'id="draft-button"')
            response = self.client.post(self.page, {"action": "draft"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "No draft writer is configured", status_code=400)

    def test_the_copilot_shows_focus_type_and_what_was_redacted(self):
        self.queued.redactions = [{"field": "body", "type": "phone", "start": 0, "end": 3, "text": "0912"}]
        self.queued.save()
        copilot = copilot_for(self.queued)
        self.assertIn("cramps", [f["name"] for f in copilot.focus])
        self.assertEqual(copilot.question_type, "causes")
        page = self.client.get(self.page)
        self.assertContains(page, "Question type:")
        self.assertContains(page, '<strong class="copilot-type">causes</strong>', html=False)
        self.assertContains(page, "<li>body: phone</li>", html=False)
