"""The emergency warning's learned layer: a classifier on sentence embeddings, on top of the rules."""

from unittest import mock

import numpy as np
import pytest
from django.test import override_settings

from askdoc.intake import context, emergency, learned
from askdoc.retrieval.encoder import MiniLMEncoder, use_encoder
from tests.base import AskdocTestCase
from tests.retrieval.fakes import HashingEncoder

_MINILM = MiniLMEncoder()  # one loaded model for the slow tests of this module
UNKNOWN_TO_THE_RULES = "I can't go on living like this and I want to disappear for good."


class BrokenEncoder:
    name = "broken"
    dim = 8

    def encode(self, texts: list[str]) -> np.ndarray:
        raise OSError("model files missing")


@override_settings(ASKDOC_INTAKE_SEMANTIC=True)
class LearnedEmergencyTest(AskdocTestCase):
    def test_it_warns_with_the_family_the_classifier_finds_likeliest(self):
        self.assertEqual(emergency.rule_reasons(UNKNOWN_TO_THE_RULES), [])  # the rules do not know it
        with mock.patch.object(learned, "emergency_probability", return_value=(0.8, "suicidal thoughts")):
            self.assertEqual(emergency.detect(UNKNOWN_TO_THE_RULES), ["Suicidal thoughts or self-harm"])

    def test_it_stays_quiet_when_the_classifier_finds_it_more_likely_calm(self):
        with (mock.patch.object(learned, "emergency_probability", return_value=(0.4, "suicidal thoughts")),
              mock.patch.object(context, "probability", return_value=None)):  # the classifier's role alone
            self.assertEqual(emergency.detect(UNKNOWN_TO_THE_RULES), [])

    def test_fitting_gives_a_model_that_separates_its_own_examples(self):
        examples = [("my chest is crushing and my arm hurts", "heart attack"),
                    ("crushing chest pain down my arm", "heart attack"),
                    ("what toothpaste is best for sensitive teeth", "none"),
                    ("which toothpaste helps sensitive teeth", "none")]
        with use_encoder(HashingEncoder()):
            model = learned.fit_emergency(examples, c=10.0)
            vector = HashingEncoder().encode(["crushing pain in my chest and arm"])[0]
        logits = model["coef"] @ vector + model["intercept"]
        self.assertEqual(str(model["slugs"][int(np.argmax(logits))]), "heart attack")

    def test_it_falls_back_to_the_rules_when_the_encoder_fails(self):
        with use_encoder(BrokenEncoder()):
            self.assertEqual(emergency.detect("I can't breathe and my lips are blue"),
                             ["Severe difficulty breathing"])
            with mock.patch.object(context, "probability", return_value=None):  # the rules alone
                self.assertEqual(emergency.detect(UNKNOWN_TO_THE_RULES), [])

    @override_settings(ASKDOC_INTAKE_SEMANTIC=False)
    def test_it_uses_the_rules_alone_when_switched_off(self):
        with use_encoder(HashingEncoder()) as encoder:
            emergency.detect(UNKNOWN_TO_THE_RULES)
        self.assertEqual(encoder.encoded, [])

    def test_the_written_training_questions_hold_both_kinds_and_every_family_has_a_reason(self):
        examples = learned.emergency_examples()
        labels = {label for _, label in examples}
        self.assertIn(learned.NOT_EMERGENCY, labels)
        self.assertGreaterEqual(sum(label != learned.NOT_EMERGENCY for _, label in examples), 300)
        self.assertLessEqual(labels - {learned.NOT_EMERGENCY, "other"}, set(emergency.FAMILY_REASONS))


@pytest.mark.slow
@override_settings(ASKDOC_INTAKE_SEMANTIC=True)
class LearnedEmergencyMiniLMTest(AskdocTestCase):
    def test_it_recognises_wordings_the_rules_do_not_know_with_the_shipped_model(self):
        for text in ["Honestly I can't keep living like this, I just want to vanish for good.",
                     UNKNOWN_TO_THE_RULES]:
            self.assertEqual(emergency.rule_reasons(text), [], text)
            with use_encoder(_MINILM):
                self.assertEqual(emergency.detect(text), ["Suicidal thoughts or self-harm"], text)

    def test_it_stays_quiet_about_everyday_questions(self):
        with use_encoder(_MINILM):
            for text in ["What foods are good for healthy teeth?", "My knee clicks when I climb stairs.",
                         "I had a heart attack six years ago. Can I take up swimming?",
                         "Is it safe to take paracetamol for period pain?",
                         "My husband snores loudly, what can help?"]:
                self.assertEqual(emergency.detect(text), [], text)
