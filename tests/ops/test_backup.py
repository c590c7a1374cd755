"""`askdoc backup` and `askdoc restore` bring back exactly what was saved, on SQLite and on PostgreSQL."""

import os
import shutil
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TransactionTestCase

from askdoc.qa import services
from askdoc.qa.models import AuditEvent, Question
from tests.qa.workflow import BODY


class BackupRestoreTests(TransactionTestCase):
    serialized_rollback = True

    def setUp(self):
        if connection.vendor == "postgresql" and shutil.which("pg_dump") is None:
            if os.environ.get("CI"):
                raise RuntimeError("pg_dump is missing: CI must install postgresql-client")
            self.skipTest("pg_dump is not installed")
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)

    def ask(self, nickname: str) -> Question:
        return services.question_submit(nickname=nickname, age_range="30~39", gender="female", body=BODY,
                                        email=f"{nickname.lower()}@example.org")

    def snapshot(self) -> list[tuple]:
        return list(Question.objects.order_by("pk").values_list("pk", "nickname", "email", "tracking_token",
                                                                 "original_body", "status"))

    def test_a_restore_brings_back_exactly_what_the_backup_saw(self):
        kept = self.ask("Wren")
        self.ask("Ivy")
        before, events = self.snapshot(), AuditEvent.objects.count()
        path = self.folder / "askdoc.backup"
        call_command("backup", str(path), stdout=open(os.devnull, "w"))
        self.assertGreater(path.stat().st_size, 0)

        Question.objects.filter(pk=kept.pk).delete()
        self.ask("Later")
        call_command("restore", str(path), "--yes", stdout=open(os.devnull, "w"))

        self.assertEqual(self.snapshot(), before)
        self.assertEqual(AuditEvent.objects.count(), events)
        self.assertEqual(Question.objects.get(pk=kept.pk).email, "wren@example.org")

    def test_it_refuses_a_file_that_is_not_a_backup_and_changes_nothing(self):
        self.ask("Wren")
        before = self.snapshot()
        junk = self.folder / "junk.backup"
        junk.write_text("not a backup")
        with self.assertRaisesMessage(CommandError, "is not a"):
            call_command("restore", str(junk), "--yes")
        with self.assertRaisesMessage(CommandError, "no backup at"):
            call_command("restore", str(self.folder / "missing"), "--yes")
        self.assertEqual(self.snapshot(), before)
