"""The anonymous ask's JSON write skips the page-only middleware; every other request keeps it."""

import json

from django.test import Client, TestCase

from askdoc.ops import lean
from tests.qa.workflow import BODY

ASK = {"nickname": "Wren", "age_range": "30~39", "gender": "female", "body": BODY}


class LeanAskTests(TestCase):
    def ask(self, client: Client, **headers):
        return client.post("/api/questions", json.dumps(ASK), content_type="application/json", **headers)

    def test_the_ask_is_answered_without_the_page_only_middleware(self):
        response = self.ask(Client())
        self.assertEqual(response.status_code, 201, response.content)
        self.assertNotIn("Content-Security-Policy", response)
        self.assertFalse(response.cookies)
        # Django's security headers and the language still apply.
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertIn("Content-Language", response)

    def test_the_door_still_refuses_cross_site_and_non_json_asks(self):
        self.assertEqual(self.ask(Client(), HTTP_ORIGIN="https://evil.example").status_code, 403)
        response = Client().post("/api/questions", "body=x", content_type="text/plain")
        self.assertEqual(response.status_code, 400)

    def test_pages_and_the_ask_form_keep_every_middleware(self):
        page = Client().get("/")
        self.assertIn("Content-Security-Policy", page)
        self.assertIn("X-Frame-Options", page)
        # The ask form still needs its CSRF token.
        form = Client(enforce_csrf_checks=True).post("/ask/", {"nickname": "Wren", "body": BODY})
        self.assertEqual(form.status_code, 403)

    def test_the_wrappers_are_still_the_middleware_for_checks(self):
        from django.contrib.sessions.middleware import SessionMiddleware

        self.assertTrue(issubclass(lean.Sessions, SessionMiddleware))

    def test_a_server_error_in_the_ask_still_gets_the_error_page(self):
        from unittest import mock

        from askdoc.qa import services

        with mock.patch.object(services, "question_submit", side_effect=RuntimeError("boom")):
            response = self.ask(Client(raise_request_exception=False))
        self.assertEqual(response.status_code, 500)
