"""Abuse limits: ask form, API writes and log-in answer 429 with a clear message; the ask form's spam trap;
the API refuses cross-site writes. ASKDOC_RATELIMIT=0 switches the limits off."""

import json

from django.test import Client, override_settings
from django.urls import reverse

from askdoc.qa.models import Question
from tests.qa.workflow import BODY, WorkflowTestCase

ASK = {"nickname": "Yucheng", "age_range": "10~19", "gender": "female", "title": "", "body": BODY, "email": "",
       "consent": "on", "send": "1"}
API = {"nickname": "Wren", "age_range": "20~29", "gender": "female", "body": BODY}


def api_post(client: Client, **headers):
    return client.post("/api/questions", json.dumps(API), content_type="application/json", headers=headers)


@override_settings(ASKDOC_RATE_ASK="3/h", ASKDOC_RATE_API_WRITE="2/h", ASKDOC_RATE_LOGIN="3/10m")
class RateLimitTests(WorkflowTestCase):
    def test_the_ask_form_answers_429_past_the_limit_and_saves_nothing_more(self):
        for _ in range(3):
            self.assertEqual(self.client.post(reverse("ask"), ASK).status_code, 302)
        response = self.client.post(reverse("ask"), ASK)
        self.assertContains(response, "Too many questions from your connection: at most 3 per hour", status_code=429)
        self.assertEqual(Question.objects.count(), 3)
        # Another client is not affected.
        self.assertEqual(Client(REMOTE_ADDR="10.0.0.2").post(reverse("ask"), ASK).status_code, 302)

    def test_reading_is_never_limited(self):
        for _ in range(10):
            self.assertEqual(self.client.get(reverse("ask")).status_code, 200)

    def test_api_writes_answer_429_in_json(self):
        self.assertEqual([api_post(self.client).status_code for _ in range(2)], [201, 201])
        response = api_post(self.client)
        self.assertEqual(response.status_code, 429)
        self.assertIn("at most 2 per hour", response.json()["detail"])

    def test_log_in_attempts_are_limited(self):
        for _ in range(3):
            self.assertEqual(self.client.post(reverse("login"), {"username": "mo", "password": "wrong"}).status_code,
                             200)
        response = self.client.post(reverse("login"), {"username": "mo", "password": "wrong"})
        self.assertContains(response, "Too many log-in attempts", status_code=429)

    @override_settings(ASKDOC_TRUSTED_PROXIES=1)
    def test_behind_a_trusted_proxy_the_forwarded_address_is_the_client(self):
        for n in range(4):
            client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"spoofed-{n}, 203.0.113.9")
            status = client.post(reverse("ask"), ASK).status_code
        self.assertEqual(status, 429)  # the spoofed left-hand entries did not make four clients
        other = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10")
        self.assertEqual(other.post(reverse("ask"), ASK).status_code, 302)

    @override_settings(ASKDOC_RATELIMIT=False)
    def test_ASKDOC_RATELIMIT_off_switches_every_limit_off(self):
        for _ in range(5):
            self.assertEqual(self.client.post(reverse("ask"), ASK).status_code, 302)
            self.assertEqual(api_post(self.client).status_code, 201)


class SpamTrapTests(WorkflowTestCase):
    def test_a_filled_spam_trap_is_refused_and_nothing_is_saved(self):
        response = self.client.post(reverse("ask"), ASK | {"website": "http://spam.example"})
        self.assertContains(response, "This field must stay empty", status_code=400)
        self.assertEqual(Question.objects.count(), 0)

    def test_the_trap_is_hidden_from_people(self):
        self.assertContains(self.client.get(reverse("ask")), '<div class="trap" aria-hidden="true">')
        self.assertEqual(self.client.post(reverse("ask"), ASK | {"website": ""}).status_code, 302)


class CrossSiteApiWriteTests(WorkflowTestCase):
    def test_a_write_from_another_sites_page_is_refused(self):
        for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
            with self.subTest(headers=headers):
                response = api_post(self.client, **headers)
                self.assertEqual(response.status_code, 403)
                self.assertIn("other web sites", response.json()["detail"])
        self.assertEqual(Question.objects.count(), 0)

    def test_a_cross_site_text_plain_post_is_refused(self):
        response = self.client.post("/api/questions", json.dumps(API), content_type="text/plain",
                                    headers={"Origin": "https://evil.example"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(Question.objects.count(), 0)

    def test_same_origin_and_non_browser_clients_may_write(self):
        self.assertEqual(api_post(self.client, Origin="http://testserver").status_code, 201)
        self.assertEqual(api_post(self.client).status_code, 201)


class DatabaseOutageAnswerTests(WorkflowTestCase):
    def test_a_lost_database_connection_is_a_503_with_retry_after_not_a_500(self):
        from django.db import OperationalError
        from django.test import RequestFactory

        from askdoc.ops.middleware import RequestGuardMiddleware

        guard = RequestGuardMiddleware(lambda request: None)
        for path in ("/api/questions", "/ask/"):
            with self.subTest(path=path):
                request = RequestFactory().post(path)
                response = guard.process_exception(request, OperationalError("the connection is closed"))
                self.assertEqual((response.status_code, response["Retry-After"]), (503, "5"))
                self.assertIn(b"nothing was saved", response.content)
        self.assertIsNone(guard.process_exception(RequestFactory().get("/"), ValueError("a bug")))
