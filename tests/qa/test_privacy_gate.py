"""The privacy gate: nothing is published until a person confirmed the redaction preview, nickname included."""

import json
from unittest import mock

from django.urls import reverse

from askdoc.intake.analysis import Analysis
from askdoc.intake.retention import originals_purge
from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import Question
from tests.base import AskdocTestCase
from tests.qa.workflow import ANSWER, BODY, WorkflowTestCase

LEAKY_NICKNAME = "Maria Gonzalez 0912-345-678"


class NicknameRedactionTest(AskdocTestCase):
    """With the real redaction (no fake): what reached the public page before this gate existed."""

    def ask(self, nickname: str) -> Question:
        question = services.question_submit(nickname=nickname, age_range="30~39", gender="female",
                                            body="My wrist twitches after I lift heavy boxes. What might be happening?")
        services.question_analyse(question_id=question.pk)  # the task worker's part of the ask
        question.refresh_from_db()
        return question

    def test_it_takes_a_full_name_and_a_phone_number_out_of_the_nickname(self):
        question = self.ask(LEAKY_NICKNAME)
        self.assertEqual(question.nickname, services.ANONYMOUS)
        self.assertEqual(question.original_nickname, LEAKY_NICKNAME)
        self.assertEqual({(r["field"], r["type"]) for r in question.redactions if r["field"] == "nickname"},
                         {("nickname", "name"), ("nickname", "phone")})

    def test_it_keeps_what_is_left_of_the_nickname(self):
        self.assertEqual(self.ask("sunny mike@example.com").nickname, "sunny")

    def test_it_keeps_a_plain_pseudonym_or_a_single_given_name(self):
        for nickname in ("sunshine88", "Yucheng"):
            with self.subTest(nickname=nickname):
                question = self.ask(nickname)
                self.assertEqual((question.nickname, question.original_nickname), (nickname, ""))

    def test_it_keeps_the_leaky_nickname_off_the_public_page_the_structured_data_and_the_api(self):
        question = self.ask(LEAKY_NICKNAME)
        if question.status == "pending":  # a confident triage sends it straight to the department
            services.question_approve(question=question, moderator=self.moderator, department=self.neurology)
        services.question_claim(question=question, doctor=self.dr_lin)
        services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER, privacy_confirmed=True)
        question.refresh_from_db()
        page = self.client.get(question.get_absolute_url()).content.decode()
        api = json.dumps(self.client.get(f"/api/questions/{question.pk}").json())
        # the phone by its parts with their dashes: four bare digits turn up in a timestamp's microseconds
        for leaked in ("Maria", "Gonzalez", "0912-", "345-678"):
            with self.subTest(leaked=leaked):
                self.assertNotIn(leaked, page)
                self.assertNotIn(leaked, api)

    def test_the_retention_purge_deletes_the_original_nickname(self):
        question = self.ask(LEAKY_NICKNAME)
        Question.objects.filter(pk=question.pk).update(original_purge_after="2000-01-01T00:00:00Z")
        originals_purge()
        question.refresh_from_db()
        self.assertEqual(question.original_nickname, "")
        self.assertFalse(any("text" in r for r in question.redactions))


class PrivacyGateTest(WorkflowTestCase):
    def routed(self) -> Question:
        self.analysis = Analysis(department="neurology", departments=[{"slug": "neurology", "score": 0.99}],
                                 confidence=0.99)
        question = self.ask(body=BODY + " Call me on 555-0100.")
        self.assertEqual(question.status, Question.Status.QUEUED)
        return services.question_claim(question=question, doctor=self.dr_lin)

    def test_a_moderators_approval_confirms_the_preview(self):
        question = self.queued()
        self.assertEqual(question.privacy_confirmed_by, self.moderator)
        self.assertIn("privacy_confirmed", question.audit.get(action="approved").changes)

    def test_an_auto_routed_question_is_not_published_until_the_doctor_confirms_the_preview(self):
        question = self.routed()
        self.assertFalse(question.privacy_confirmed)
        with self.assertRaisesMessage(Refused, "No one has checked this question for privacy yet"):
            services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.CLAIMED)
        services.answer_publish(question=question, doctor=self.dr_lin, body=ANSWER, privacy_confirmed=True)
        question.refresh_from_db()
        self.assertEqual((question.status, question.privacy_confirmed_by), (Question.Status.PUBLISHED,
                                                                            self.dr_lin.user))
        self.assertIn("privacy_confirmed", question.audit.get(action="published").changes)

    def test_the_desk_shows_the_preview_and_keeps_the_answer_when_the_box_is_not_ticked(self):
        question = self.routed()
        self.login(self.dr_lin)
        url = reverse("doctor_answer", args=[question.pk])
        page = self.client.get(url).content.decode()
        self.assertIn("Privacy check", page)
        self.assertIn("555-0100", page)  # what was taken out, shown to the doctor who checks
        self.assertIn("Yucheng", page)  # the nickname as it will be published
        refused = self.client.post(url, {"action": "publish", "answer-body": ANSWER})
        self.assertEqual(refused.status_code, 400)
        self.assertIn("No one has checked this question for privacy yet", refused.content.decode())
        self.assertIn("Rest", refused.content.decode())  # what the doctor typed is still there
        done = self.client.post(url, {"action": "publish", "answer-body": ANSWER, "answer-privacy_confirmed": "on"})
        self.assertEqual(done.status_code, 302)
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.PUBLISHED)

    def test_the_desk_shows_no_privacy_check_for_an_approved_question(self):
        question = self.claimed()
        self.login(self.dr_lin)
        page = self.client.get(reverse("doctor_answer", args=[question.pk])).content.decode()
        self.assertNotIn("Privacy check", page)

    def test_a_doctor_can_send_a_question_back_to_the_moderators(self):
        question = self.routed()
        self.login(self.dr_lin)
        response = self.client.post(reverse("doctor_answer", args=[question.pk]),
                                    {"action": "return", "return-reason": "The employer's name is still in it."})
        self.assertEqual(response.status_code, 302)
        question.refresh_from_db()
        self.assertEqual((question.status, question.claimed_by), (Question.Status.PENDING, None))
        self.assertEqual(question.audit.first().action, "returned_to_moderation")

    def test_a_moderator_can_change_the_nickname(self):
        question = self.ask()
        self.login(self.moderator)
        with mock.patch("askdoc.qa.services._enqueue_enrich"):
            self.client.post(reverse("moderation_review", args=[question.pk]),
                             {"action": "edit", "edit-nickname": "Y.", "edit-title": question.title,
                              "edit-page_title": question.page_title, "edit-body": question.body})
        question.refresh_from_db()
        self.assertEqual(question.nickname, "Y.")
