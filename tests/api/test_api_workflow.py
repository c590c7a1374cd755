"""Every action of the doctors' desk and the moderation pages through the API, with per-user tokens: the same
services, permission rules and audit trail, and a clear 4xx for every refusal."""

import io

from django.core.management import call_command
from django.core.management.base import CommandError

from askdoc.api.models import ApiToken
from askdoc.api.tokens import token_create, token_revoke
from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent, Question
from tests.qa.workflow import ANSWER, WorkflowTestCase

Status = Question.Status


class ApiWorkflowTest(WorkflowTestCase):
    def setUp(self):
        super().setUp()
        self.tokens = {}
        for key, user in [("lin", self.dr_lin.user), ("park", self.dr_park.user), ("heart", self.dr_heart.user),
                          ("pending", self.dr_pending.user), ("mo", self.moderator)]:
            self.tokens[key] = token_create(user=user, name="test")[1]

    def call(self, method: str, url: str, who: str | None, body: dict | None = None, status: int = 200):
        headers = {"HTTP_AUTHORIZATION": f"Bearer {self.tokens[who]}"} if who else {}
        response = getattr(self.client, method)(f"/api{url}", data=body or {}, content_type="application/json",
                                                **headers)
        self.assertEqual(response.status_code, status, response.content)
        return response.json()

    def test_moderator_approves_edits_reroutes_rejects_and_removes(self):
        question = self.ask()
        queue = self.call("get", "/moderation/queue", "mo")
        self.assertEqual([q["id"] for q in queue["results"]], [question.pk])
        detail = self.call("get", f"/moderation/questions/{question.pk}", "mo")
        self.assertEqual(detail["body"], question.body)
        self.assertNotIn("original_body", detail)
        self.assertNotIn("email", detail)
        edited = "My wrist twitches after I lift heavy boxes. What is happening to it, doctor?"
        self.call("post", f"/moderation/questions/{question.pk}/edit", "mo", {"body": edited, "title": "Wrist"})
        state = self.call("post", f"/moderation/questions/{question.pk}/approve", "mo", {"department": "cardiology"})
        self.assertEqual((state["status"], state["department"]["slug"], state["privacy_confirmed"]),
                         ("queued", "cardiology", True))
        state = self.call("post", f"/moderation/questions/{question.pk}/reroute", "mo", {"department": "neurology"})
        self.assertEqual(state["department"]["slug"], "neurology")
        state = self.call("post", f"/moderation/questions/{question.pk}/reject", "mo", {"reason": "Not a question."})
        self.assertEqual(state["status"], "rejected")
        published = self.published()
        state = self.call("post", f"/moderation/questions/{published.pk}/remove", "mo", {"reason": "Duplicate."})
        self.assertEqual(state["status"], "removed")
        actions = set(AuditEvent.objects.filter(actor=self.moderator).values_list("action", flat=True))
        self.assertTrue({"edited", "approved", "rerouted", "rejected", "removed"} <= actions)

    def test_doctor_claims_releases_answers_edits_reconfirms_agrees_and_returns(self):
        question = self.queued()
        self.assertEqual([q["id"] for q in self.call("get", "/desk/queue", "lin")["queued"]], [question.pk])
        self.assertEqual(self.call("post", f"/desk/questions/{question.pk}/claim", "lin")["status"], "claimed")
        self.assertEqual(self.call("post", f"/desk/questions/{question.pk}/release", "lin")["status"], "queued")
        self.call("post", f"/desk/questions/{question.pk}/claim", "lin")
        self.assertEqual([q["id"] for q in self.call("get", "/desk/queue", "lin")["claimed"]], [question.pk])
        answer = self.call("post", f"/desk/questions/{question.pk}/answer", "lin", {"body": ANSWER}, status=201)
        self.assertTrue(answer["is_published"])
        question.refresh_from_db()
        self.assertEqual(question.status, Status.PUBLISHED)
        edited = self.call("put", f"/desk/answers/{answer['id']}", "lin", {"body": ANSWER + " Drink water."})
        self.assertTrue(edited["body"].endswith("Drink water."))
        self.call("post", f"/desk/answers/{answer['id']}/reconfirm", "lin")
        self.assertEqual(self.call("post", f"/desk/answers/{answer['id']}/agree", "park", {"agree": True}),
                         {"answer_id": answer["id"], "agreed": True})
        second = self.call("post", f"/desk/questions/{question.pk}/answer", "park", {"body": ANSWER}, status=201)
        self.assertEqual(second["doctor"]["slug"], "park")
        self.call("post", f"/desk/questions/{question.pk}/follow-up", "lin", {"body": ANSWER}, status=404)
        services.follow_up_ask(question=question, body="And should I also rest the other wrist, doctor?")
        self.call("post", f"/desk/questions/{question.pk}/follow-up", "park", {"body": ANSWER,
                                                                             "privacy_confirmed": True}, status=403)
        reply = self.call("post", f"/desk/questions/{question.pk}/follow-up", "lin",
                          {"body": ANSWER, "privacy_confirmed": True})
        self.assertEqual(reply["answered_by"]["slug"], "lin")
        other = self.queued()
        state = self.call("post", f"/desk/questions/{other.pk}/return", "lin", {"reason": "A name is left."})
        self.assertEqual(state["status"], "pending")
        actions = set(AuditEvent.objects.filter(actor=self.dr_lin.user).values_list("action", flat=True))
        self.assertTrue({"claimed", "released", "published", "answer_edited", "answer_reconfirmed",
                         "returned_to_moderation", "follow_up_answered"} <= actions)

    def test_an_unchecked_question_needs_the_privacy_confirmation(self):
        question = self.ask()
        question.status, question.department = Status.QUEUED, self.neurology
        question.save()
        self.call("post", f"/desk/questions/{question.pk}/claim", "lin")
        detail = self.call("get", f"/desk/questions/{question.pk}", "lin")
        self.assertFalse(detail["privacy_confirmed"])
        refused = self.call("post", f"/desk/questions/{question.pk}/answer", "lin", {"body": ANSWER}, status=400)
        self.assertIn("No one has checked this question for privacy yet", refused["detail"])
        self.call("post", f"/desk/questions/{question.pk}/answer", "lin",
                  {"body": ANSWER, "privacy_confirmed": True}, status=201)

    def test_the_same_permission_rules_as_the_pages(self):
        question = self.queued()
        cases = [
            ("get", "/moderation/queue", "lin", None, 403, "Only moderators can do this."),
            ("post", f"/moderation/questions/{question.pk}/reject", "lin", {"reason": "x"}, 403, None),
            ("get", "/desk/queue", "mo", None, 403, "Only verified doctors can use the doctors' desk."),
            ("get", "/desk/queue", "pending", None, 403, None),
            ("get", f"/desk/questions/{question.pk}", "heart", None, 403, None),
            ("post", f"/desk/questions/{question.pk}/claim", "heart", None, 403, None),
            ("post", f"/desk/questions/{question.pk}/answer", "lin", {"body": ANSWER}, 400,
             "Claim this question before answering it."),
            ("post", f"/desk/questions/{question.pk}/answer", "lin", {"body": "short"}, 422,
             "data.body: String should have at least 20 characters"),
            ("post", "/desk/questions/999999/claim", "lin", None, 404, None),
            ("post", f"/moderation/questions/{question.pk}/approve", "mo", {"department": "nope"}, 400, None),
            ("post", f"/moderation/questions/{question.pk}/approve", "mo", {}, 422, None),
            ("get", "/desk/queue", None, None, 401, None),
        ]
        for method, url, who, body, status, detail in cases:
            with self.subTest(url=url, who=who):
                data = self.call(method, url, who, body, status=status)
                if detail:
                    self.assertEqual(data["detail"], detail)
        self.call("post", f"/desk/questions/{question.pk}/claim", "lin")
        self.call("post", f"/desk/questions/{question.pk}/claim", "park", status=403)
        blank = self.call("post", f"/desk/questions/{question.pk}/answer", "lin", {"body": " " * 30}, status=400)
        self.assertEqual(blank["detail"], "Please write the answer.")

    def test_a_revoked_or_unknown_token_is_refused(self):
        token = ApiToken.objects.get(user=self.dr_lin.user)
        token_revoke(token=token, revoked_by=self.moderator)
        self.call("get", "/me", "lin", status=401)
        self.tokens["lin"] = "askdoc_not-a-real-token"
        self.call("get", "/me", "lin", status=401)
        self.assertEqual(self.call("get", "/me", "mo")["is_moderator"], True)
        self.assertEqual(self.call("get", "/me", "park")["doctor"]["slug"], "park")

    def test_tokens_are_stored_as_digests_and_only_for_doctors_and_moderators(self):
        token, secret = token_create(user=self.dr_lin.user, name="phone")
        self.assertNotIn(secret, str(ApiToken.objects.filter(pk=token.pk).values().get()))
        with self.assertRaises(Refused):
            token_create(user=self.stranger, name="no")
        out = io.StringIO()
        call_command("create_api_token", "mo", "--name", "script", stdout=out, stderr=io.StringIO())
        self.tokens["script"] = out.getvalue().strip()
        self.assertEqual(self.call("get", "/me", "script")["username"], "mo")
        with self.assertRaises(CommandError):
            call_command("create_api_token", "stan", stdout=io.StringIO(), stderr=io.StringIO())
