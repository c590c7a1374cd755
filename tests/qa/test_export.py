"""The open export: all public content as JSONL with a licence notice, nothing private, and a round trip
(export -> import into an empty database -> export) that gives the same file."""

import io
import json
import tempfile
from pathlib import Path

from django.contrib.auth.models import User
from django.core.management import call_command

from askdoc.knowledge.importers.qa_archive import import_archive
from askdoc.qa.models import Answer, DoctorProfile, FaqTopic, FollowUp, Question
from tests.base import AskdocTestCase
from tests.qa import factories as f


def export() -> str:
    out = io.StringIO()
    call_command("export", stdout=out, stderr=io.StringIO())
    return out.getvalue()


class ExportTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin, more_info=f.MORE_INFO,
                                                  nickname="Yucheng")
        f.agree(self.question.answers.get(), self.dr_park)
        f.add_answer(self.question, self.dr_park, "A second opinion: it is *probably* benign.")
        self.similar = f.make_published_question(self.neurology, self.dr_park, page_title="Hand Twitches",
                                                 source="community", external_id="abc123")
        f.link_similar(self.question, self.similar)
        f.link_similar(self.similar, self.question)
        self.topic = f.make_topic("Muscle Twitching", self.neurology, synonyms=["fasciculation"])
        f.link_topic(self.question, self.topic)
        self.hidden = f.make_question(self.neurology, status=Question.Status.QUEUED, page_title="Hidden one")
        self.heart = f.make_published_question(self.cardiology, self.dr_heart)
        FollowUp.objects.create(question=self.question, body="And should I rest the other wrist too?",
                                original_body="Secret Person asks: and the other wrist?", answer_body="Yes, *both*.",
                                answered_by=self.dr_lin, answered_at=self.question.published_at)

    def records(self, text: str) -> list[dict]:
        return [json.loads(line) for line in text.splitlines()]

    def test_it_starts_with_the_licence_notice_and_holds_only_public_content(self):
        text = export()
        records = self.records(text)
        self.assertEqual(records[0]["type"], "notice")
        self.assertEqual(records[0]["licence"], "CC BY 4.0")
        kinds = [r["type"] for r in records]
        self.assertEqual(kinds.count("question"), 3)
        self.assertEqual(kinds.count("department"), 22)
        self.assertNotIn("Hidden one", text)
        for private in ("asker", "@example.org", "Secret Person", "LIC-", self.question.tracking_token, "pending"):
            self.assertNotIn(private, text)
        question = next(r for r in records if r.get("key") == f"askdoc:{self.question.pk}")
        self.assertEqual([a["doctor"] for a in question["answers"]], ["lin", "park"])
        self.assertEqual(question["answers"][0]["agreed_by"], ["park"])
        self.assertEqual(question["similar"][0]["key"], "community:abc123")
        self.assertEqual(question["topics"][0]["slug"], "muscle-twitching")
        self.assertEqual(question["more_info"]["sources"][1]["url"], "https://www.ninds.nih.gov/fasciculations")
        self.assertEqual(question["follow_up"]["answer_body"], "Yes, *both*.")

    def test_export_then_import_into_an_empty_database_then_export_gives_the_same_file(self):
        first = export()
        # Empty the database of everything the export holds (departments come with the migrations).
        Question.objects.all().delete()
        FaqTopic.objects.all().delete()
        users = list(DoctorProfile.objects.values_list("user_id", flat=True))
        Answer.objects.all().delete()
        DoctorProfile.objects.all().delete()
        User.objects.filter(pk__in=users).delete()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, "askdoc.jsonl")
            path.write_text(first, encoding="utf-8")
            summary = import_archive(path)
            self.assertEqual((summary.questions_created, summary.bad_rows), (3, []))
            self.assertEqual(export(), first)
            # Importing it again changes nothing.
            summary = import_archive(path)
            self.assertEqual((summary.questions_created, summary.questions_updated), (0, 3))
        self.assertEqual(export(), first)
        imported = DoctorProfile.objects.get(slug="lin")
        self.assertFalse(imported.user.has_usable_password())

    def test_import_qa_reports_bad_records_and_keeps_the_good_ones(self):
        lines = export().splitlines()
        lines.insert(3, "not json")
        lines.insert(4, json.dumps({"type": "question", "key": "nokey"}))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, "askdoc.jsonl")
            path.write_text("\n".join(lines), encoding="utf-8")
            out, err = io.StringIO(), io.StringIO()
            call_command("import_qa", str(path), "--no-index", stdout=out, stderr=err)
        self.assertIn("row 4 skipped", err.getvalue())
        self.assertIn("row 5 skipped", err.getvalue())
        # The imported question updates in place; the two asked here come in as new ones (their ids were this
        # site's, so another site's import cannot tell them from its own).
        self.assertIn("2 questions created, 1 updated", out.getvalue())
        self.assertIn("2 bad rows skipped", out.getvalue())
