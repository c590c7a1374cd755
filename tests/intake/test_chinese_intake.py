"""Chinese questions through the intake: identifiers, triage and titles."""

from askdoc.intake import privacy, privacy_zh, triage
from askdoc.intake.analysis import analyze_question
from askdoc.intake.quasi import find_quasi_identifiers
from tests.base import AskdocTestCase


def found(text: str) -> list[tuple[str, str]]:
    return [(i.type, i.text) for i in privacy.find_identifiers(text)]


class ChineseIdentifiersTest(AskdocTestCase):
    def test_taiwan_identifiers(self):
        self.assertTrue(privacy_zh.valid_tw_id("A123456789"))
        self.assertFalse(privacy_zh.valid_tw_id("A123456788"))
        text = ("我叫林美玲，身分證A123456789，手機0912-345-678，家裡(02)2345-6789，"
                "住台北市大安區復興南路一段123號5樓，民國78年3月5日出生，健保卡號000012345678，LINE ID: mei_lin88")
        self.assertEqual(set(found(text)), {
            ("name", "林美玲"), ("id_number", "A123456789"), ("phone", "0912-345-678"), ("phone", "(02)2345-6789"),
            ("address", "台北市大安區復興南路一段123號5樓"), ("date_of_birth", "民國78年3月5日"),
            ("id_number", "000012345678"), ("handle", "mei_lin88")})

    def test_surnames_before_titles_and_names_after_relatives(self):
        self.assertEqual(found("我是王小姐，上次陳醫師說要追蹤"), [("name", "王"), ("name", "陳")])
        self.assertEqual(found("我老婆佩珊懷孕28週了"), [("name", "佩珊")])
        self.assertEqual(found("我先生最近睡不好"), [])

    def test_eponyms_and_surname_characters_are_not_names(self):
        for text in ["我阿公得了帕金森氏症", "小孩得過川崎病", "寶寶黃疸還沒退", "我有高血壓", "民國100年開過刀",
                     "血壓140/90"]:
            with self.subTest(text=text):
                self.assertEqual(found(text), [])


class ChineseTriageAndTitleTest(AskdocTestCase):
    def test_chinese_symptoms_find_their_department(self):
        for text, slug in [("晚上要起來尿三四次，尿流變細", "urology"), ("右下面的牙齒喝冰的會酸", "dentistry"),
                           ("膝蓋上下樓梯會痛，蹲下去卡卡的", "orthopedics")]:
            with self.subTest(text=text):
                self.assertEqual(triage.rank_departments(text, use_retrieval=False).best, slug)

    def test_a_chinese_title_in_the_reference_style(self):
        analysis = analyze_question("最近眼睛一直很乾很澀，看電腦就流眼淚，要怎麼改善？")
        self.assertEqual(analysis.department, "ophthalmology")
        self.assertRegex(analysis.title, r"^[^：]+：治療方式$")


class QuasiIdentifiersTest(AskdocTestCase):
    def test_workplaces_schools_and_clinics_are_flagged_not_redacted(self):
        text = "I'm 34 and work at Hillcrest Logistics Ltd; my son goes to Riverside Primary School."
        self.assertEqual([(q.type, q.text) for q in find_quasi_identifiers(text)],
                         [("workplace", "Hillcrest Logistics Ltd"), ("school", "Riverside Primary School")])
        analysis = analyze_question(text)
        self.assertIn("Riverside Primary School", analysis.redacted_text)
        self.assertEqual(len(analysis.quasi_identifiers), 2)
        self.assertEqual([q.type for q in find_quasi_identifiers("我今年28歲，在光復國小教書")], ["school"])
