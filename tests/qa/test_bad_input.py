"""Bad input on every workflow form: a clear message, never a 500, HTML stored as typed and shown inert."""

import json

from django.test import Client
from django.urls import reverse

from askdoc.qa import services
from askdoc.qa.models import Answer, Question
from tests.qa.workflow import ANSWER, BODY, WorkflowTestCase

SCRIPT = '<script>alert("x")</script><b onmouseover="steal()">hi</b>'
VALID = {"nickname": "Yucheng", "age_range": "10~19", "gender": "female", "title": "", "body": BODY,
         "email": "", "consent": "on", "send": "1"}


class InertHtmlMixin:
    def assertInert(self, response):
        html = response.content.decode()
        self.assertNotIn("<script>alert", html)
        self.assertNotIn('<b onmouseover', html)


class AskBadInputTest(InertHtmlMixin, WorkflowTestCase):
    def post(self, follow=False, **changes):
        return self.client.post(reverse("ask"), VALID | changes, follow=follow)

    def test_it_explains_every_missing_field(self):
        response = self.client.post(reverse("ask"), {"send": "1"})
        for message in ("Please write the nickname.", "Choose an age range.", "Choose a gender",
                        "Please write the question.",
                        "Please confirm that your question may be published anonymously."):
            self.assertContains(response, message, status_code=400)
        self.assertContains(response, 'href="#id_nickname"', status_code=400)  # the summary links to the field
        self.assertEqual(Question.objects.count(), 0)

    def test_it_explains_oversize_and_undersize_text(self):
        cases = {
            "nickname": ("n" * 41, "The nickname is too long: at most 40 characters"),
            "title": ("t" * 201, "The title is too long: at most 200 characters"),
            "body": ("b" * 5001, "The question is too long: at most 5000 characters"),
        }
        for field, (value, message) in cases.items():
            with self.subTest(field=field):
                self.assertContains(self.post(**{field: value}), message, status_code=400)
        self.assertContains(self.post(body="Too short."), "at least 20 characters", status_code=400)
        self.assertEqual(Question.objects.count(), 0)

    def test_it_refuses_values_outside_the_lists(self):
        for field, value in (("age_range", "abc"), ("gender", "x"), ("age_range", "1000")):
            with self.subTest(field=field, value=value):
                self.assertContains(self.post(**{field: value}), "Choose one of the options in the list.",
                                    status_code=400)

    def test_it_refuses_an_invalid_email(self):
        self.assertContains(self.post(email="not-an-address"), "Enter a valid email address", status_code=400)

    def test_it_stores_html_as_typed_and_shows_it_inert(self):
        self.post(nickname=SCRIPT[:40], title=SCRIPT, body=SCRIPT + " " + BODY)
        question = Question.objects.get()
        self.assertEqual(question.original_title, SCRIPT)
        self.assertEqual(question.original_body, SCRIPT + " " + BODY)
        services.question_redact(question)  # the worker's first step
        question.refresh_from_db()
        self.assertEqual(question.nickname, SCRIPT[:40])
        response = self.client.get(question.get_tracking_url())
        self.assertInert(response)
        self.assertContains(response, "&lt;script&gt;alert(")

    def test_it_shows_html_inert_in_the_preview_and_the_reshown_form(self):
        self.assertInert(self.post(title=SCRIPT, body=SCRIPT + " " + BODY, preview="1", send=""))
        self.assertInert(self.post(title=SCRIPT, body="short", nickname=SCRIPT))

    def test_it_refuses_a_post_without_csrf_token_cleanly(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(reverse("ask"), VALID)
        self.assertContains(response, "Your form could not be sent", status_code=403)
        self.assertContains(response, "<main", status_code=403)
        self.assertEqual(Question.objects.count(), 0)


class ModerationBadInputTest(InertHtmlMixin, WorkflowTestCase):
    def setUp(self):
        super().setUp()
        self.question = self.ask(title="Original title")
        self.url = reverse("moderation_review", args=[self.question.pk])
        self.login(self.moderator)

    def test_it_refuses_an_unknown_department(self):
        for action in ("approve", "reroute"):
            response = self.client.post(self.url, {"action": action, f"{action}-department": "no-such-dept"})
            self.assertContains(response, "Choose one of the listed departments.", status_code=400)
        self.question.refresh_from_db()
        self.assertEqual(self.question.status, Question.Status.PENDING)

    def test_it_refuses_an_empty_or_oversize_reason(self):
        self.assertContains(self.client.post(self.url, {"action": "reject", "reject-reason": ""}),
                            "Please write the reason.", status_code=400)
        self.assertContains(self.client.post(self.url, {"action": "reject", "reject-reason": "r" * 1001}),
                            "at most 1000 characters", status_code=400)

    def test_a_failed_edit_leaves_the_question_as_it_was(self):
        response = self.client.post(self.url, {"action": "edit", "edit-title": "x" * 300, "edit-page_title": "P",
                                               "edit-body": ""})
        self.assertContains(response, "The title is too long", status_code=400)
        self.assertContains(response, "Please write the question.", status_code=400)
        self.question.refresh_from_db()
        self.assertEqual((self.question.title, self.question.body), ("Original title", BODY))

    def test_it_stores_html_in_an_edit_as_typed_and_shows_it_inert(self):
        self.client.post(self.url, {"action": "edit", "edit-title": SCRIPT, "edit-page_title": SCRIPT,
                                    "edit-body": SCRIPT + " " + BODY})
        self.question.refresh_from_db()
        self.assertEqual(self.question.page_title, SCRIPT)
        self.assertInert(self.client.get(self.url))
        self.assertInert(self.client.get(reverse("moderation_queue")))
        self.assertInert(self.client.get(self.question.get_tracking_url()))

    def test_it_refuses_an_unknown_action_and_ids_politely(self):
        self.assertContains(self.client.post(self.url, {"action": "explode"}), "Choose one of the actions",
                            status_code=400)
        self.assertContains(self.client.get("/moderation/abc/"), "There is no page at this address.",
                            status_code=404)
        self.assertContains(self.client.get("/moderation/999999/"), "There is no page at this address.",
                            status_code=404)
        self.assertEqual(self.client.get(reverse("moderation_queue") + "?tab=<x>&page=zz").status_code, 200)


class DeskBadInputTest(InertHtmlMixin, WorkflowTestCase):
    def test_it_refuses_an_empty_or_oversize_answer_and_keeps_the_claim(self):
        question = self.claimed(self.dr_lin)
        self.login(self.dr_lin)
        url = reverse("doctor_answer", args=[question.pk])
        self.assertContains(self.client.post(url, {"action": "publish", "answer-body": ""}),
                            "Please write the answer.", status_code=400)
        self.assertContains(self.client.post(url, {"action": "publish", "answer-body": "a" * 20001}),
                            "at most 20000 characters", status_code=400)
        question.refresh_from_db()
        self.assertEqual((question.status, question.claimed_by), (Question.Status.CLAIMED, self.dr_lin))

    def test_a_failed_answer_edit_keeps_the_published_answer(self):
        question = self.published(self.dr_lin)
        self.login(self.dr_lin)
        response = self.client.post(reverse("doctor_answer", args=[question.pk]), {"action": "edit", "edit-body": " "})
        self.assertContains(response, "Please write the answer.", status_code=400)
        self.assertEqual(Answer.objects.get().body, ANSWER)

    def test_it_sanitises_html_in_an_answer(self):
        question = self.claimed(self.dr_lin)
        self.login(self.dr_lin)
        response = self.client.post(reverse("doctor_answer", args=[question.pk]),
                                    {"action": "publish", "answer-body": SCRIPT + " " + ANSWER}, follow=True)
        self.assertEqual(Answer.objects.get().body, SCRIPT + " " + ANSWER)
        self.assertInert(response)
        self.assertInert(self.client.get(question.get_tracking_url()))

    def test_it_answers_non_numeric_and_unknown_ids_with_a_friendly_404(self):
        self.login(self.dr_lin)
        for url in ("/desk/abc/", "/desk/999999/", "/answers/abc/agree/", "/answers/999999/agree/"):
            with self.subTest(url=url):
                response = self.client.post(url, {"agree": "1"}) if "answers" in url else self.client.get(url)
                self.assertContains(response, "There is no page at this address.", status_code=404)

    def test_it_refuses_an_unknown_desk_action(self):
        question = self.queued()
        self.login(self.dr_lin)
        self.assertContains(self.client.post(reverse("doctor_answer", args=[question.pk]), {"action": "9"}),
                            "Choose one of the actions", status_code=400)


class ServiceBadInputTest(WorkflowTestCase):
    def test_it_refuses_wrong_types_in_the_service_with_a_message(self):
        from askdoc.qa.errors import Refused

        for kwargs, message in (
            ({"age_range": "abc"}, "Choose an age range from the list."),
            ({"gender": "x"}, "Choose a gender from the list."),
            ({"body": 12345}, "The question must be text."),
            ({"email": "nope"}, "Enter a valid email address"),
        ):
            with self.subTest(kwargs=kwargs), self.assertRaisesMessage(Refused, message):
                self.ask(**kwargs)
        with self.assertRaisesMessage(Refused, "Choose one of the listed departments."):
            services.question_approve(question=self.ask(), moderator=self.moderator, department="nope")


class DeskFormShownWhereItFailedTest(WorkflowTestCase):
    def test_it_shows_the_answer_errors_even_to_a_doctor_who_may_not_answer(self):
        question = self.claimed(self.dr_lin)
        self.login(self.dr_park)
        response = self.client.post(reverse("doctor_answer", args=[question.pk]),
                                    {"action": "publish", "answer-body": "too short"})
        self.assertContains(response, "The answer is too short", status_code=400)


class UnencodableInputTest(WorkflowTestCase):
    """NUL, lone surrogates, invalid UTF-8 and wrong content types: a 400 that says what is wrong, on every
    form and endpoint, on both databases (PostgreSQL refuses NUL in text, UTF-8 refuses lone surrogates)."""

    API_VALID = {"nickname": "Wren", "age_range": "20~29", "gender": "female", "title": "",
                 "body": "My left eyelid has been twitching on and off for two weeks, mostly when I am tired."}

    def post_raw(self, url: str, body: bytes, content_type: str):
        return self.client.generic("POST", url, body, content_type=content_type)

    def test_the_ask_form_refuses_nul_invalid_utf8_and_surrogates(self):
        for raw, message in (
            (b"nickname=Wr%00en", "NUL character"),
            (b"nickname=%FF%FEwren", "not valid UTF-8"),
            (b"nickname=%ED%A0%80", "not valid UTF-8"),  # a surrogate encoded as if it were UTF-8
        ):
            with self.subTest(raw=raw):
                body = raw + b"&age_range=10~19&gender=female&body=" + BODY.encode() + b"&consent=on&send=1"
                response = self.post_raw(reverse("ask"), body, "application/x-www-form-urlencoded")
                self.assertContains(response, message, status_code=400)
        self.assertEqual(Question.objects.count(), 0)

    def test_a_nul_in_a_multipart_field_gets_the_forms_message(self):
        response = self.client.post(reverse("ask"), VALID | {"title": "bad\x00title"})
        self.assertContains(response, "Null characters are not allowed.", status_code=400)
        self.assertEqual(Question.objects.count(), 0)

    def test_addresses_and_query_strings_with_nul_are_refused(self):
        for url in ("/track/%00/", "/questions/1/%00/", "/topics/?letter=%00", "/api/questions?department=%00",
                    "/api/topics/%00", "/search/?q=%ED%A0%80"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 400)

    def test_the_api_refuses_nul_and_lone_surrogates_in_json(self):
        for escaped, message in (('"Wr\\u0000en"', "NUL character"), ('"\\ud800"', "lone UTF-16 surrogate")):
            with self.subTest(value=escaped):
                body = json.dumps(self.API_VALID).replace('"Wren"', escaped).encode()
                response = self.post_raw("/api/questions", body, "application/json")
                self.assertEqual(response.status_code, 400)
                self.assertIn(message, response.json()["detail"])
        self.assertEqual(Question.objects.count(), 0)

    def test_the_api_refuses_invalid_utf8_broken_json_and_other_content_types(self):
        payload = json.dumps(self.API_VALID).encode()
        for body, content_type, message in (
            (payload.replace(b"Wren", b"Wr\xffen"), "application/json", "not valid UTF-8"),
            (b'{"nickname": ', "application/json", "not valid JSON"),
            (payload, "text/plain", "Content-Type: application/json"),
            (b"nickname=Wren", "application/x-www-form-urlencoded", "Content-Type: application/json"),
        ):
            with self.subTest(content_type=content_type, message=message):
                response = self.post_raw("/api/questions", body, content_type)
                self.assertEqual(response.status_code, 400)
                self.assertIn(message, response.json()["detail"])
        self.assertEqual(Question.objects.count(), 0)

    def test_moderation_and_desk_forms_refuse_nul(self):
        question = self.ask()
        self.login(self.moderator)
        response = self.client.post(reverse("moderation_review", args=[question.pk]),
                                    {"action": "reject", "reject-reason": "no\x00pe"})
        self.assertContains(response, "Null characters are not allowed.", status_code=400)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PENDING)
