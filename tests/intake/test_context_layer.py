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

    def test_a_sign_the_rules_doubted_needs_add_doubted(self):
        limits = {"veto": 0.2, "add": 0.6, "add_doubted": 0.9}
        with mock.patch.object(context, "thresholds", return_value=limits), \
                mock.patch.object(context, "probability", return_value=0.8):
            self.assertEqual(emergency.with_context(LONG, emergency.Assessment(), "R").level, emergency.POSSIBLE)
            self.assertFalse(emergency.with_context(LONG, emergency.Assessment(), "R", doubted=True))
        with mock.patch.object(context, "thresholds", return_value=limits), \
                mock.patch.object(context, "probability", return_value=0.95):
            self.assertEqual(emergency.with_context(LONG, emergency.Assessment(), "R", doubted=True).level,
                             emergency.POSSIBLE)

    def test_a_doubted_sign_gives_its_reason_and_says_it_was_doubted(self):
        assessment, reason, doubted = emergency.assess_without_context(
            "I had crushing chest pain last year and they put in a stent, should I still take aspirin every day")
        self.assertFalse(assessment)
        self.assertTrue(reason)
        self.assertTrue(doubted)

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

    def test_ordinary_symptom_questions_read_as_calm(self):
        for text in ["I've had a dry cough for two weeks after a cold, no fever, should I get a chest x-ray?",
                     "my knee clicks when I climb stairs and aches a little in the evening, what could it be",
                     "最近兩個禮拜皮膚一直很癢，晚上抓到睡不著，要看哪一科"]:
            with self.subTest(text=text):
                self.assertLess(context.probability(text), 0.5)


def item(emergency_: bool, ordinary: bool = False) -> dict:
    return {"emergency": emergency_, "ordinary": ordinary, "vetoable": True, "addable": True}


class ChooseTest(SimpleTestCase):
    """The thresholds chosen leaving one writer out: recall counts double, and the add path may not warn more of
    the writers' ordinary questions than the rules alone."""

    def test_ordinary_questions_are_left_out_of_recall_and_specificity(self):
        items = [item(True), item(False), item(False, ordinary=True)]
        self.assertEqual(context.scores(items, [True, False, True], [0.9, 0.1, 0.9], 0.05, 2.0), (1.0, 1.0))
        self.assertEqual(context.ordinary_warned(items, [True, False, True], [0.9, 0.1, 0.9], 0.05, 2.0), 1)

    def test_an_add_threshold_that_warns_more_ordinary_questions_is_not_chosen(self):
        # The missed emergency scores 0.6; an ordinary question scores 0.7: every add that catches the one warns
        # the other too, so the add path stays off.
        items = [item(True), item(True), item(False, ordinary=True)]
        writers, warned, p = {"w": items}, {"w": [True, False, False]}, {"w": [0.9, 0.6, 0.7]}
        self.assertEqual(context.choose(writers, warned, p)[1], 2.0)
        p = {"w": [0.9, 0.75, 0.6]}  # now an add of 0.65-0.75 catches it and spares the ordinary question
        self.assertIn(context.choose(writers, warned, p)[1], [0.65, 0.7, 0.75])

    def test_thresholds_that_warn_too_many_archive_titles_are_not_chosen(self):
        items = [item(True), item(True), item(False)]
        writers, warned, p = {"w": items}, {"w": [True, False, False]}, {"w": [0.9, 0.75, 0.1]}
        self.assertLess(context.choose(writers, warned, p)[1], 2.0)  # the add path catches the missed emergency
        titles = [item(False) for _ in range(10)]
        calm = (titles, [False] * 10, [0.8] + [0.1] * 9)  # an add below 0.8 would warn 10% of the titles
        self.assertGreater(context.choose(writers, warned, p, calm)[1], 0.8)

    def test_add_doubted_is_chosen_for_the_doubted_signs_alone(self):
        doubted = dict(item(True), doubted=True)
        items = [item(True), doubted, dict(item(False), doubted=True)]
        writers, warned = {"w": items}, {"w": [True, False, False]}
        veto, add, add_doubted, _ = context.choose(writers, warned, {"w": [0.9, 0.97, 0.9]})
        self.assertGreater(add_doubted, 0.9)  # catches the doubted emergency, spares the doubted calm question
        self.assertLessEqual(add_doubted, 0.97)


    def test_the_archive_ceiling_raises_the_veto_of_the_classifiers_own_warnings_alone(self):
        # A rule's emergency scoring 0.3 and the classifier's needless warning on 1 of 10 archive titles at 0.35:
        # only a veto above 0.35 keeps the titles under the ceiling; the rule's sign keeps a veto under 0.3.
        items = [item(True), item(False)]
        writers, warned, p = {"w": items}, {"w": [True, True]}, {"w": [0.3, 0.05]}
        titles = [dict(item(False), learned=True) for _ in range(10)]
        calm = (titles, [True] + [False] * 9, [0.35] + [0.1] * 9)
        veto, _, _, veto_learned = context.choose(writers, warned, p, calm)
        self.assertGreater(veto_learned, 0.35)
        self.assertLessEqual(veto, 0.3)
        self.assertGreater(veto, 0.05)  # still withdraws the writer's needless warning


class ShortTextVetoTest(SimpleTestCase):
    """On a short text only the classifier's own warning may be withdrawn; a rule's sign there stands."""

    def test_the_classifiers_own_warning_has_its_own_veto(self):
        learned = emergency.Assessment(emergency.POSSIBLE, ["Possible heart attack signs"], learned_only=True)
        ruled = emergency.Assessment(emergency.NOW, ["Possible heart attack signs"])
        limits = {"veto": 0.1, "veto_learned": 0.4, "add": 2.0, "add_doubted": 2.0}
        with mock.patch.object(context, "thresholds", return_value=limits), \
                mock.patch.object(context, "probability", return_value=0.3):
            self.assertFalse(emergency.with_context(LONG, learned, "R"))
            self.assertIs(emergency.with_context(LONG, ruled, "R"), ruled)

    def test_a_classifier_only_warning_on_a_short_title_is_withdrawn_below_the_veto(self):
        learned = emergency.Assessment(emergency.POSSIBLE, ["Possible heart attack signs"], learned_only=True)
        ruled = emergency.Assessment(emergency.NOW, ["Possible heart attack signs"])
        with mock.patch.object(context, "probability", return_value=0.01):
            self.assertFalse(emergency.with_context("my wrist is swollen and hurts", learned, "R"))
            self.assertIs(emergency.with_context("my wrist is swollen and hurts", ruled, "R"), ruled)
