"""Helpers for the workflow tests: questions in each state, and a predictable intake analysis.

The intake analysis is replaced by a fake in these tests so that they check the platform's
workflow, not the triage or redaction models (tested in tests/intake).
"""

import re
from unittest import mock

from askdoc.intake.analysis import Analysis, Identifier
from askdoc.qa import services
from tests.base import AskdocTestCase

BODY = "My wrist twitches after I lift heavy boxes at work. What might be happening?"
ANSWER = "Hello: this is most likely muscle fatigue. **Rest** for a week and see a neurologist if it persists."


def fake_redact(text: str) -> tuple[str, list[Identifier]]:
    """Redacts phone numbers like 555-0100 only: enough to see the platform keep offsets per field."""
    identifiers = [Identifier("phone", m.start(), m.end(), m.group()) for m in re.finditer(r"\b555-\d{4}\b", text)]
    return re.sub(r"\b555-\d{4}\b", "[phone]", text), identifiers


class WorkflowTestCase(AskdocTestCase):
    analysis = Analysis(department=None)

    def setUp(self):
        super().setUp()
        self.analyze = self.enterContext(
            mock.patch("askdoc.intake.analysis.analyze_question", side_effect=lambda *a, **k: self.analysis)
        )
        self.enterContext(mock.patch("askdoc.intake.analysis.redact", side_effect=fake_redact))

    def ask(self, **overrides):
        fields = {"nickname": "Yucheng", "age_range": "10~19", "gender": "female", "body": BODY,
                  "title": "Wrist twitching", "email": "yucheng@example.org"}
        with self.captureOnCommitCallbacks(execute=True):
            question = services.question_submit(**(fields | overrides))
        # What the task worker does after the ask (a no-op when the inline task backend already did it).
        services.question_analyse(question_id=question.pk)
        question.refresh_from_db()
        return question

    def queued(self, department=None, **overrides):
        question = self.ask(**overrides)
        return services.question_approve(question=question, moderator=self.moderator,
                                         department=department or self.neurology)

    def claimed(self, doctor=None, **overrides):
        doctor = doctor or self.dr_lin
        question = self.queued(department=doctor.department, **overrides)
        return services.question_claim(question=question, doctor=doctor)

    def published(self, doctor=None, answer=ANSWER, **overrides):
        doctor = doctor or self.dr_lin
        question = self.claimed(doctor=doctor, **overrides)
        services.answer_publish(question=question, doctor=doctor, body=answer)
        question.refresh_from_db()
        return question
