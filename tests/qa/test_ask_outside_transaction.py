"""The intake analysis (model inference, 0.2-0.6 s) is off the ask's request and outside every write transaction:
inside the request, 200 asks at once queued their CPU in front of every other request (issue 9: p50 14-24 s);
inside a transaction, SQLite's single write lock made every other write wait in line."""

from unittest import mock

from django.db import connection
from django.test import TransactionTestCase, override_settings
from django_tasks_db.models import DBTaskResult

from askdoc.intake import analysis
from askdoc.qa import services
from askdoc.qa.models import Question
from tests.qa.workflow import BODY


class AskTransactionTests(TransactionTestCase):
    serialized_rollback = True

    def test_the_analysis_runs_after_the_ask_commits_with_no_transaction_open(self):
        seen = []
        real = analysis.analyze_question

        def spy(*args, **kwargs):
            # Calls straight through to the real analysis; only notes whether a transaction was open.
            seen.append(connection.in_atomic_block)
            return real(*args, **kwargs)

        with mock.patch.object(analysis, "analyze_question", spy):
            # The analysis task is queued after the commit; the test settings' immediate backend runs it then.
            services.question_submit(nickname="Wren", age_range="30~39", gender="female", body=BODY)
        self.assertEqual(seen, [False])
        question = Question.objects.get()
        self.assertFalse(question.analysis_pending)
        self.assertEqual(question.audit.filter(action="submitted").count(), 1)
        self.assertEqual(question.audit.filter(action="analysed").count(), 1)


DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@override_settings(TASKS=DATABASE_TASKS)
class AskWithTheDatabaseQueueTests(TransactionTestCase):
    serialized_rollback = True

    def test_the_question_and_its_tasks_commit_in_one_transaction(self):
        """One commit per ask, and never a saved question without its analysis task."""
        from django_tasks_db import DatabaseBackend

        in_transaction = []
        real = DatabaseBackend.enqueue

        def spy(backend, *args, **kwargs):
            in_transaction.append(connection.in_atomic_block)
            return real(backend, *args, **kwargs)

        with mock.patch.object(DatabaseBackend, "enqueue", spy):
            question = services.question_submit(nickname="Wren", age_range="30~39", gender="female",
                                                body="I have crushing chest pain right now and my left arm is numb.")
        self.assertEqual(in_transaction, [True, True])
        queued = set(DBTaskResult.objects.filter(args_kwargs__args=[question.pk]).values_list("task_path", flat=True))
        self.assertEqual(queued, {"askdoc.qa.tasks.analyse_question", "askdoc.qa.tasks.notify_moderators_emergency"})
        self.assertTrue(question.is_emergency)
