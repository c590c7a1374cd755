"""The emergency warning's two levels, the Chinese wording, and the shipped configuration (classifier on)."""

from django.test import SimpleTestCase, override_settings

from askdoc.intake import emergency


def level(text: str) -> str | None:
    return emergency.assess(text).level


class GradedWarningTest(SimpleTestCase):
    def test_a_sign_happening_now_says_call_now(self):
        for text in [
            "My dad has crushing chest pain going down his left arm and he is sweating",
            "Her face is drooping on one side and her speech is slurred",
            "I had a heart attack in 2019 and now the same crushing chest pain is back",
            # A sentence that opens with "Now" after one about the past ("Positive test last week. Now…").
            "Positive pregnancy test last week. Now severe stabbing pain low on one side, my shoulder tip hurts",
            "my wife is 30 weeks and has had cramps every 4 minutes for an hour with some bleeding",
            "my brother just texted me goodbye and said he is sorry for everything, he is not answering",
        ]:
            with self.subTest(text=text):
                self.assertEqual(level(text), "now")

    def test_past_examined_relative_and_general_questions_do_not_say_now(self):
        for text in [
            "I had a heart attack four years ago and had two stents. Is running safe?",
            "My mum died of a stroke at 60. Am I more likely to have one?",
            "What are the warning signs of a heart attack in women?",
            "This headache is killing me, three days since my new glasses.",
            "No chest pain and no sweating, just a cough.",
        ]:
            with self.subTest(text=text):
                self.assertNotEqual(level(text), "now")

    def test_a_sign_told_with_a_question_that_reads_as_happening_now_warns(self):
        # The sign is doubted only by the question's form ("which first aid is best?"); the text reads as now.
        for text in [
            "I run a student hostel. A girl has just slashed her wrists in the bathroom, there is blood everywhere "
            "and she is getting sleepy. Which first aid is best?",
            "Took my first amoxicillin tablet an hour ago and now my throat is closing up, hives all over and I feel "
            "faint. Is this a normal side effect I can ignore?",
        ]:
            with self.subTest(text=text):
                self.assertIsNotNone(level(text))

    def test_pain_spreading_to_the_arm_far_from_the_chest_pain_and_a_dehydrated_child(self):
        self.assertIsNotNone(level("Chest pain since I left the party last night with my friends, and now the pain "
                                   "is spreading to my left arm. Should I drink water?"))
        self.assertIsNotNone(level("My son is 3 and has had rice-water stools all day, he is very weak now and his "
                                   "skin goes back slowly when pinched."))

    def test_the_softer_warning_says_why(self):
        assessment = emergency.Assessment(emergency.POSSIBLE, ["Possible stroke signs"],
                                          emergency.DOUBT_REASONS["past"])
        text = emergency.warning_text(assessment.level, assessment.doubt)
        self.assertIn("If this is happening now", text)
        self.assertIn("in the past", text)
        self.assertIn("now or go to", emergency.warning_text(emergency.NOW))

    @override_settings(ASKDOC_INTAKE_SEMANTIC=False)
    def test_without_the_classifier_a_doubted_sign_does_not_warn_but_a_clear_one_does(self):
        self.assertIsNone(level("My father had a stroke years ago, how can I help his speech rehab?"))
        self.assertEqual(level("She suddenly can't speak and her face is drooping"), "now")


class ChineseEmergencyTest(SimpleTestCase):
    def test_each_family_in_chinese_words(self):
        for text in [
            "胸口劇烈疼痛，冒冷汗",
            "我媽剛剛嘴歪，講話不清楚",
            "我不想活了",
            "他吞了整瓶安眠藥",
            "三個月大寶寶發燒38.5度",
            "我爸從樓梯摔下來撞到頭，現在一直吐",
            "小孩吃東西噎到，咳不出來，臉發紫",
        ]:
            with self.subTest(text=text):
                self.assertEqual(level(text), "now")

    def test_hard_chinese_non_emergencies(self):
        for text in [
            "偏頭痛又發作了，痛到想死，有沒有預防的藥？",
            "去年心肌梗塞裝了支架，現在可以爬山嗎",
            "中風的前兆有哪些？",
            "剛剛撞到櫃子，沒昏倒、沒吐，只是腫一小包",
        ]:
            with self.subTest(text=text):
                self.assertIsNone(level(text))


class FortyEighthAndNinthWritersTest(SimpleTestCase):
    """What the 48th and 49th writers' misses taught (invented texts in the same shapes)."""

    def test_signs_they_told_that_warn(self):
        for text in [
            # "Is it normal?" after a young baby's fever asks about that fever: no general question.
            "Our son is 5 weeks old and has a temperature of 38.3, very sleepy. Is it normal after a cold?",
            # A known clot in the leg, and now breathlessness.
            "They found a DVT in my calf on Monday and I started blood thinners, but now I'm breathless and faint.",
            # A positive test told without "pregnancy", then one-sided pain.
            "Period late 6 weeks, test came back positive, and now right-sided stabbing pain and dizziness.",
            "Nobody will miss me. I have the pills in front of me.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(level(text), "now")

    def test_reassurance_told_after_the_alarming_word(self):
        self.assertIsNone(level("she bumped her head on the table, didn't pass out, she's playing and talking normal, "
                                "just a bump. ice?"))
        # A rule's sign with reassurance after it is at most the softer warning (the context layer may withdraw it).
        self.assertIn(level("Bee sting on my hand swelled up, no swelling in my lips or throat, breathing fine, "
                            "just itchy."), ("possible", None))


class PlanOrMeansTest(SimpleTestCase):
    """A suicidal sign with a plan or the means at hand stands whatever the tone (invented texts)."""

    def test_a_plan_told_lightly_still_warns(self):
        for text in ["got the rope in my bag and picked the spot. nobody will miss me lol. anyway thx",
                     "for real this time. standing on the bridge right now. no point anymore",
                     "Nurse here. I've stockpiled my own tablets for a month and worked out the dose, planning to "
                     "do it after my night shift. I'm weirdly calm. Which is least painful?"]:
            with self.subTest(text=text):
                self.assertEqual(level(text), "now")

    def test_a_roof_or_a_rope_alone_is_no_warning(self):
        for text in ["I'm on the roof right now fixing the gutter, is tetanus a risk if I cut myself?",
                     "Rope burn on my palm from climbing class, how do I dress it?"]:
            with self.subTest(text=text):
                self.assertIsNone(level(text))

    def test_a_plan_told_by_a_professional_on_the_spot(self):
        for text in ["Home visit note: my client says he is going to hang himself tonight, the rope is in the shed.",
                     "A pupil at our boarding school (15) has fever, a stiff neck and is getting confused."]:
            with self.subTest(text=text):
                self.assertEqual(level(text), "now")
        # The rule reads a slow skin pinch with "very"; the context layer may still withdraw it in a terse note.
        self.assertIn("Severe dehydration in a baby or child", emergency.rule_reasons(
            "Health post: a child of 2 has watery stools, skin pinch goes back very slowly, too weak to drink."))
