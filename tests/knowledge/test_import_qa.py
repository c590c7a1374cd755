import csv
import json
import tempfile
from io import StringIO
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError

from askdoc.intake.analysis import Analysis, Identifier
from askdoc.qa.models import Answer, DoctorProfile, FaqTopic, Question
from tests.base import shared_data
from tests.knowledge.base import KnowledgeTestCase

URL = "https://questiondoctors.com/is-my-anti-hiv-test-conclusive/"
ROWS = [
    {"answer": "Your result after 3 months is conclusive.", "answer_author": "Dr. Ayman Darrag",
     "question": "is my anti hiv test conclusive?", "question_text": "Is my Anti Hiv Test Conclusive?\r\n\t",
     "tags": ["hiv test"], "url": URL},
    {"answer": "You are hiv free, no retest needed.", "answer_author": "Dr Ahmed Fawzy",
     "question": "is my anti hiv test conclusive?", "question_text": "Is my Anti Hiv Test Conclusive?",
     "tags": ["hiv test"], "url": URL},
    {"answer": "Rest and ice the knee for a week.", "question": "is it fine to exercise with knee pain?",
     "question_text": "Hi doctor, I am a 24 year old female cyclist with pain behind my knee. Call me SECRET.",
     "tags": ["exercises"], "url": "https://www.icliniq.com/qa/knee-pain/exercise"},
    {"question": "a row without an answer", "url": "https://example.org/no-answer", "tags": []},
    {"answer": "Use a moisturiser twice a day.", "question": "my skin is dry all winter, what helps?",
     "department": "dermatology", "tags": ["dry skin"], "asked_at": "2017-03-01", "replied_at": "2017-03-02"},
]


def no_department(text, **kwargs):
    return Analysis(department=None, redacted_text=text)


def fake_redact(text):
    start = text.find("SECRET")
    if start < 0:
        return text, []
    return text.replace("SECRET", "[name]"), [Identifier("name", start, start + 6, "SECRET")]


@mock.patch("askdoc.knowledge.importers.qa_archive.analysis.redact", side_effect=fake_redact)
@mock.patch("askdoc.knowledge.importers.qa_archive.analysis.analyze_question", side_effect=no_department)
class ImportQaTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.tmp = Path(tempfile.mkdtemp())
        FaqTopic.objects.create(name="HIV test", slug="hiv-test", department=self.cardiology)

    def write(self, name: str, rows=ROWS) -> Path:
        path = self.tmp / name
        if name.endswith(".jsonl"):
            path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
        elif name.endswith(".csv"):
            with path.open("w", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=["question", "question_text", "answer", "answer_author",
                                                            "tags", "department", "url"], extrasaction="ignore")
                writer.writeheader()
                writer.writerows({**r, "tags": ",".join(r.get("tags", []))} for r in rows)
        else:
            path.write_text(json.dumps(rows))
        return path

    def run_import(self, path) -> tuple[str, str]:
        out, err = StringIO(), StringIO()
        call_command("import_qa", str(path), "--no-index", stdout=out, stderr=err, verbosity=0)
        return out.getvalue(), err.getvalue()

    def test_it_groups_answers_to_one_question_and_creates_unverified_doctors(self, *mocks):
        out, err = self.run_import(self.write("questionDoctorQAs.json"))
        question = Question.objects.get(source="questionDoctorQAs", title="is my anti hiv test conclusive?")
        self.assertEqual(question.status, Question.Status.PUBLISHED)
        self.assertEqual(question.body, "Is my Anti Hiv Test Conclusive?")
        self.assertEqual(question.nickname, "Anonymous")
        self.assertEqual(sorted(a.doctor.display_name for a in question.answers.all()), ["Ahmed Fawzy", "Ayman Darrag"])
        doctor = DoctorProfile.objects.get(display_name="Ayman Darrag")
        self.assertFalse(doctor.is_verified)
        self.assertFalse(doctor.user.has_usable_password())
        self.assertIn("row 4 skipped: no answer", err)
        self.assertIn("3 questions created", out)
        self.assertIn("1 bad rows skipped", out)

    def test_it_records_the_language_of_each_imported_question_and_answer(self, *mocks):
        rows = [{"answer": "您好：建議多休息，多喝水。", "question": "喉嚨痛三天了怎麼辦？",
                 "question_text": "喉嚨痛三天了，吞口水很痛，需要看醫生嗎？", "tags": [], "url": "https://example.org/zh"}]
        self.run_import(self.write("zh.json", rows))
        question = Question.objects.get(source="zh")
        self.assertEqual((question.language, question.answers.get().language), ("zh-hant", "zh-hant"))
        self.run_import(self.write("questionDoctorQAs.json"))
        self.assertEqual(set(Question.objects.filter(source="questionDoctorQAs").values_list("language", flat=True)),
                         {"en"})

    def test_it_routes_by_given_department_then_tags_then_family_medicine(self, *mocks):
        self.run_import(self.write("questionDoctorQAs.json"))
        by_title = {q.title: q.department.slug for q in Question.objects.all()}
        self.assertEqual(by_title["my skin is dry all winter, what helps?"], "dermatology")
        self.assertEqual(by_title["is my anti hiv test conclusive?"], "cardiology")  # the tag's topic
        self.assertEqual(by_title["is it fine to exercise with knee pain?"], "family-medicine")

    def test_it_uses_the_ask_flow_analysis_when_it_names_a_department(self, analyze, redact):
        analyze.side_effect = lambda text, **kw: Analysis(department="orthopedics", redacted_text=text)
        self.run_import(self.write("icliniqQAs.json"))
        self.assertEqual(Question.objects.get(title="is it fine to exercise with knee pain?").department.slug,
                         "orthopedics")

    def test_it_redacts_and_keeps_only_what_the_asker_stated(self, *mocks):
        self.run_import(self.write("icliniqQAs.json"))
        knee = Question.objects.get(title="is it fine to exercise with knee pain?")
        self.assertIn("Call me [name].", knee.body)
        self.assertIn("SECRET", knee.original_body)
        self.assertEqual(knee.redactions[0]["type"], "name")
        self.assertEqual((knee.age_range, knee.gender), ("20~29", "female"))
        self.assertEqual(knee.answers.get().doctor.display_name, "unnamed, icliniq.com")
        skin = Question.objects.get(title="my skin is dry all winter, what helps?")
        self.assertEqual((skin.age_range, skin.gender), ("", "undisclosed"))
        self.assertEqual(skin.asked_at.date().isoformat(), "2017-03-01")
        self.assertEqual(skin.published_at.date().isoformat(), "2017-03-02")

    def test_it_updates_in_place_when_run_again(self, *mocks):
        path = self.write("questionDoctorQAs.json")
        self.run_import(path)
        changed = [dict(r) for r in ROWS]
        changed[0]["answer"] = "Your result after 3 months is conclusive; no retest."
        path.write_text(json.dumps(changed))
        out, _ = self.run_import(path)
        self.assertEqual(Question.objects.count(), 3)
        self.assertEqual(Answer.objects.count(), 4)
        # Two named doctors, and one unnamed per site (icliniq.com, and the file for the row without a url).
        self.assertEqual(DoctorProfile.objects.filter(user__username__startswith="import-").count(), 4)
        self.assertIn("0 questions created, 3 updated; 0 answers created, 1 updated", out)

    def test_it_reads_jsonl_and_csv(self, *mocks):
        _, err = self.run_import(self.write("archive.jsonl"))
        self.assertIn("row 6 skipped: not valid JSON", err)
        self.assertEqual(Question.objects.filter(source="archive").count(), 3)
        self.run_import(self.write("sheet.csv"))
        self.assertEqual(Question.objects.filter(source="sheet").count(), 3)
        self.assertEqual(Question.objects.get(source="sheet", title__startswith="my skin").department.slug,
                         "dermatology")

    def test_it_refuses_a_file_it_cannot_read(self, *mocks):
        bad = self.tmp / "bad.json"
        bad.write_text("{not json")
        with self.assertRaisesMessage(CommandError, "is not valid JSON"):
            self.run_import(bad)
        with self.assertRaisesMessage(CommandError, "Cannot read"):
            self.run_import(self.tmp / "missing.json")


class RealArchiveTests(KnowledgeTestCase):
    def test_it_imports_the_ehealthforum_archive(self):
        path = shared_data("community_qa", "ehealthforumQAs.json")
        out = StringIO()
        with mock.patch("askdoc.knowledge.importers.qa_archive.analysis.analyze_question", side_effect=no_department):
            call_command("import_qa", str(path), "--no-index", stdout=out, stderr=StringIO(), verbosity=0)
        self.assertEqual(Question.objects.filter(source="ehealthforumQAs").count(), 171)
        self.assertIn("0 bad rows skipped", out.getvalue())
