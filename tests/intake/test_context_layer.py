"""The learned context layer of the emergency warning (context.py). Sentences written for these tests, not taken
from an evaluation set."""

from unittest import mock

from django.test import SimpleTestCase

from askdoc.intake import context, emergency


class FeaturesTest(SimpleTestCase):
    def test_english_words_pairs_and_chinese_character_grams(self):
        self.assertEqual(len(context.feature_indices("chest pain")), 3)  # two words, one pair
        self.assertEqual(len(context.feature_indices("胸痛")), 3)  # 胸, 痛, 胸痛
        self.assertEqual(len(context.feature_indices("")), 0)
        self.assertTrue((context.feature_indices("Chest pain") == context.feature_indices("chest pain")).all())


LONG = "my chest has been hurting on and off since this morning and I am not sure whether I should go in or wait"


class WithContextTest(SimpleTestCase):
    """The thresholds' roles, with the layer's probability fixed."""

    def decide(self, p: float | None, assessment: emergency.Assessment, reason: str | None = "R"):
        with mock.patch.object(context, "probability", return_value=p):
            return emergency.with_context(LONG, assessment, reason)

    def test_a_warning_is_withdrawn_below_the_veto_and_kept_above(self):
        warned = emergency.Assessment(emergency.NOW, ["Possible heart attack signs"])
        veto = context.thresholds("en")["veto"]
        self.assertFalse(self.decide(veto / 2, warned))
        self.assertEqual(self.decide(veto + 0.01, warned).level, emergency.NOW)

    def test_the_softer_warning_is_added_from_add_only_with_a_reason(self):
        add = context.thresholds("en")["add"]
        self.assertEqual(self.decide(add, emergency.Assessment()).level, emergency.POSSIBLE)
        self.assertFalse(self.decide(add - 0.01, emergency.Assessment()))
        self.assertFalse(self.decide(0.99, emergency.Assessment(), reason=None))  # the rules-only path never adds

    def test_a_short_plain_statement_is_never_withdrawn(self):
        warned = emergency.Assessment(emergency.NOW, ["Poisoning or overdose"])
        for text in ["he swallowed a whole bottle of sleeping pills", "他吞了整瓶安眠藥"]:
            with self.subTest(text=text), mock.patch.object(context, "probability", return_value=0.0):
                self.assertIs(emergency.with_context(text, warned, "R"), warned)

    def test_without_a_model_the_rules_answer(self):
        warned = emergency.Assessment(emergency.NOW, ["x"])
        self.assertIs(self.decide(None, warned), warned)


class ShippedModelTest(SimpleTestCase):
    def test_it_reads_now_against_past_and_general(self):
        now = [
            "my husband suddenly can't lift his right arm and his words are coming out wrong, started 10 minutes ago",
            "爸爸剛剛突然講話不清楚，右手舉不起來",
        ]
        calm = [
            "my grandfather had a stroke in 2015, is it hereditary?",
            "爺爺十年前中風過，想問會不會遺傳",
        ]
        for text in now:
            with self.subTest(text=text):
                self.assertGreater(context.probability(text), 0.5)
        for text in calm:
            with self.subTest(text=text):
                self.assertLess(context.probability(text), 0.5)
