"""The emergency warning's semantic layer: prototype sentences compared with the question's sentences."""

import numpy as np
import pytest
from django.test import override_settings

from askdoc.intake import emergency, prototypes
from askdoc.retrieval.encoder import MiniLMEncoder, use_encoder
from tests.base import AskdocTestCase
from tests.retrieval.fakes import HashingEncoder

_MINILM = MiniLMEncoder()  # one loaded model for the slow tests of this module


class BrokenEncoder:
    name = "broken"
    dim = 8

    def encode(self, texts: list[str]) -> np.ndarray:
        raise OSError("model files missing")


@override_settings(ASKDOC_INTAKE_SEMANTIC=True)
class EmergencyPrototypeTest(AskdocTestCase):
    def test_it_warns_about_a_phrase_only_the_prototypes_know(self):
        text = "I can't go on living like this and I want to disappear for good."
        self.assertEqual(emergency.rule_reasons(text), [])  # the rules do not know it
        with use_encoder(HashingEncoder()):
            self.assertIn("Suicidal thoughts or self-harm", emergency.detect(text))

    def test_it_prefers_the_not_urgent_prototype_when_that_is_closer(self):
        with use_encoder(HashingEncoder()):
            self.assertEqual(emergency.semantic_reasons(prototypes.NOT_URGENT[0]), [])

    def test_it_falls_back_to_the_rules_when_the_encoder_fails(self):
        with use_encoder(BrokenEncoder()):
            self.assertEqual(emergency.detect("I can't breathe and my lips are blue"),
                             ["Severe difficulty breathing"])
            self.assertEqual(emergency.detect("I can't go on living like this and I want to disappear for good."), [])

    @override_settings(ASKDOC_INTAKE_SEMANTIC=False)
    def test_it_uses_the_rules_alone_when_switched_off(self):
        with use_encoder(HashingEncoder()) as encoder:
            emergency.detect("I can't go on living like this and I want to disappear for good.")
        self.assertEqual(encoder.encoded, [])


@pytest.mark.slow
@override_settings(ASKDOC_INTAKE_SEMANTIC=True)
class EmergencyPrototypeMiniLMTest(AskdocTestCase):
    def test_it_recognises_a_paraphrase_with_the_real_encoder(self):
        for text in ["Honestly I can't keep living like this, I just want to vanish for good.",
                     "I'm done with everything and tonight I'm going to make it stop for good."]:
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
