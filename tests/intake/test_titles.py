"""Page titles: the reference style from focus and intent, no identifiers, an optional LLM proposal."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from django.test import SimpleTestCase, override_settings

from askdoc.intake import titles
from askdoc.intake.analysis import analyze_question, redact

REFERENCE_QUESTION = (
    "About a week ago, my wrist started to twitch suddenly, and I can clearly feel the tendons contracting. "
    "However, it seems to only happen after I finish lifting heavy objects. At the moment it occurs, my wrist "
    "feels weak but not painful. I would like to know what might be happening. Thank you."
)


def title_of(text: str, **kwargs) -> str:
    redacted, identifiers = redact(text)
    return titles.make_title(redacted, identifiers=identifiers, **kwargs)


class RuleTitleTest(SimpleTestCase):
    def test_it_writes_the_reference_pages_kind_of_title(self):
        self.assertEqual(title_of(REFERENCE_QUESTION), "Wrist Twitches: Causes and Insights")

    def test_it_names_the_intent(self):
        self.assertEqual(title_of("How can I treat the pain in my knee after running?"), "Knee Pain: Treatment Options")
        self.assertTrue(title_of("What tests diagnose the numbness in my hands?").endswith("Tests and Diagnosis"))
        self.assertTrue(title_of("Will the swelling in my ankle go away?").endswith("Outlook"))
        self.assertTrue(title_of("Can I take ibuprofen with my knee pain medication?").endswith("Medication Questions"))

    def test_it_is_title_case_short_and_free_of_identifiers(self):
        title = title_of("My name is Sarah Lopez, call 07700 900461. My back hurts badly, why? " * 3)
        self.assertLessEqual(len(title), titles.MAX_LENGTH)
        self.assertNotIn("Sarah", title)
        self.assertNotIn("[", title)
        self.assertEqual(title.split(":")[0], title.split(":")[0].title())


class FakeLLM(BaseHTTPRequestHandler):
    reply = "Involuntary Wrist Twitches: Causes and Insights"
    requests: list = []

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        FakeLLM.requests.append(json.loads(self.rfile.read(length)))
        body = json.dumps({"choices": [{"message": {"content": FakeLLM.reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class LLMTitleTest(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server = HTTPServer(("127.0.0.1", 0), FakeLLM)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.url = f"http://127.0.0.1:{cls.server.server_port}/v1"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        super().tearDownClass()

    def test_it_uses_a_valid_proposal_from_the_configured_endpoint(self):
        FakeLLM.reply = "Involuntary Wrist Twitches: Causes and Insights"
        with override_settings(ASKDOC_LLM_URL=self.url, ASKDOC_LLM_MODEL="tiny"):
            self.assertEqual(title_of(REFERENCE_QUESTION), "Involuntary Wrist Twitches: Causes and Insights")
        self.assertEqual(FakeLLM.requests[-1]["model"], "tiny")

    def test_it_never_sends_identifiers_to_the_endpoint(self):
        with override_settings(ASKDOC_LLM_URL=self.url):
            title_of("I'm Sarah Lopez, sarah@example.com. My wrist twitches.")
        self.assertNotIn("sarah@example.com", json.dumps(FakeLLM.requests[-1]))

    def test_it_falls_back_when_the_proposal_carries_an_identifier_or_is_too_long(self):
        for reply in ["Sarah Lopez's Wrist Twitches", "Wrist " * 30, ""]:
            FakeLLM.reply = reply
            with self.subTest(reply=reply), override_settings(ASKDOC_LLM_URL=self.url):
                title = title_of("I'm Sarah Lopez. " + REFERENCE_QUESTION)
                self.assertEqual(title, "Wrist Twitches: Causes and Insights")

    def test_it_falls_back_when_the_endpoint_is_down(self):
        with override_settings(ASKDOC_LLM_URL="http://127.0.0.1:9/v1"):
            self.assertEqual(title_of(REFERENCE_QUESTION), "Wrist Twitches: Causes and Insights")


class AnalysisTitleTest(SimpleTestCase):
    databases = "__all__"

    def test_analyze_question_returns_a_title_for_teens(self):
        analysis = analyze_question(REFERENCE_QUESTION, age_range="10~19", gender="female")
        self.assertTrue(analysis.title.startswith("Wrist Twitches: Causes and Insights"))
