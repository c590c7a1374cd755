"""Third round of issues 12/14: where a sign's context is read (its clause first), the families every language
covers, and names told by their structure. Sentences written for these tests, not taken from an evaluation set."""

from django.test import SimpleTestCase

from askdoc.intake import emergency, privacy, triage


def level(text: str) -> str | None:
    return emergency.assess(text).level


def names(text: str) -> list[str]:
    return [i.text for i in privacy.find_identifiers(text) if i.type == "name"]


class ClauseContextTest(SimpleTestCase):
    def test_a_past_clause_does_not_hide_what_is_happening_now(self):
        for text in [
            "had a positive pregnancy test two weeks ago, now stabbing pain low on the left and I feel faint",
            "我媽三年前中風過，剛剛又突然嘴歪講話不清楚",
        ]:
            with self.subTest(text=text):
                self.assertEqual(level(text), "now")

    def test_a_past_clause_is_not_made_current_by_a_later_one(self):
        for text in [
            "阿公去年中風住院，現在出院了，想問復健要做多久",
            "外公是七十幾歲心肌梗塞走的，我需要做什麼檢查嗎",
        ]:
            with self.subTest(text=text):
                self.assertIsNone(level(text))

    def test_a_negation_carries_over_or(self):
        text = "I'm feeling low but I have no thoughts of hurting myself or ending my life. Who can I talk to?"
        self.assertEqual(emergency.rule_reasons(text), [])
        self.assertNotEqual(level(text), "now")  # the classifier may still ask "if this is happening now"

    def test_a_second_signal_told_only_as_a_general_question_is_doubted(self):
        self.assertIsNone(level("Our baby is 4 weeks old. Should we be extra careful about fevers in winter?"))


class ChineseFamiliesTest(SimpleTestCase):
    def test_every_family_has_chinese_wording(self):
        for text in [
            "兒子半夜突然睪丸劇痛，痛到一直吐",
            "腰痛好幾天，今天突然大小便失禁，胯下麻麻的",
            "孫子拉肚子吐了一整天，尿布一直是乾的，眼睛凹下去",
            "坐完長途飛機小腿腫痛，現在突然喘不過氣",
            "爸爸說背後像被撕裂一樣痛",
            "驗孕兩條線，現在左下腹突然劇痛",
            "女兒打球的時候突然昏倒",
            "工人從二樓摔下來，現在不能動",
        ]:
            with self.subTest(text=text):
                self.assertEqual(level(text), "now")

    def test_everyday_exaggeration_and_how_to_questions_do_not_warn(self):
        for text in ["老闆氣到我快中風了哈哈，肩膀好痠", "寶寶三個月大，耳溫要怎麼量才準"]:
            with self.subTest(text=text):
                self.assertIsNone(level(text))


class NameStructureTest(SimpleTestCase):
    def test_kinship_structures_mark_a_chinese_name(self):
        self.assertEqual(names("我是宜蓁的爸爸，她最近一直咳嗽"), ["宜蓁"])
        self.assertEqual(names("小傑是我孫子，才兩歲"), ["小傑"])
        self.assertEqual(names("外婆姓林，今年八十歲"), ["林"])
        self.assertEqual(names("我舅舅叫志明，血壓很高"), ["志明"])

    def test_a_word_name_after_a_cue_is_a_name(self):
        self.assertIn("Grace", names("My aunt Grace has had a cough for weeks"))
        self.assertEqual(names("I'm Hope, 31, with a question about the pill"), ["Hope"])

    def test_a_possessive_eponym_after_a_relative_is_a_condition(self):
        self.assertEqual(names("My mum's Parkinson's is getting worse"), [])


class ChineseTriageTest(SimpleTestCase):
    def test_a_negation_reaches_over_an_adverb(self):
        ranking = triage.rank_departments("最近一直口渴，尿很多，沒有刻意減肥體重卻一直掉", use_retrieval=False)
        self.assertEqual(ranking.departments[0]["slug"], "endocrinology")
