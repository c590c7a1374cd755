"""The intake analysis (model inference, about half a second) runs before the ask's write transaction opens:
inside it, SQLite's single write lock made every other ask wait in line (issue 9: p50 19-24 s at 200 asks)."""

from unittest import mock

from django.db import connection
from django.test import TransactionTestCase

from askdoc.intake import analysis
from askdoc.qa import services
from askdoc.qa.models import Question
from tests.qa.workflow import BODY


class AskTransactionTests(TransactionTestCase):
    serialized_rollback = True

    def test_the_analysis_runs_with_no_transaction_open_and_the_write_is_atomic(self):
        seen = []
        real = analysis.analyze_question

        def spy(*args, **kwargs):
            # Calls straight through to the real analysis; only notes whether a transaction was open.
            seen.append(connection.in_atomic_block)
            return real(*args, **kwargs)

        with mock.patch.object(analysis, "analyze_question", spy):
            question = services.question_submit(nickname="Wren", age_range="30~39", gender="female", body=BODY)
        self.assertEqual(seen, [False])
        self.assertEqual(Question.objects.get().pk, question.pk)
        self.assertEqual(question.audit.filter(action="submitted").count(), 1)
