"""The emergency warning's learned layer: a classifier on sentence embeddings, on top of the rules."""

import tempfile
from pathlib import Path
from unittest import mock

import numpy as np
import pytest
from django.test import override_settings

from askdoc.intake import context, emergency, learned
from askdoc.retrieval.encoder import MiniLMEncoder, use_encoder
from tests.base import AskdocTestCase
from tests.retrieval.fakes import HashingEncoder

_MINILM = MiniLMEncoder()  # one loaded model for the slow tests of this module
UNKNOWN_TO_THE_RULES = "I have decided tonight is the night, I've said sorry to my sister and I'm ready."


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


    def test_the_written_questions_weigh_more_than_one_writers_question(self):
        # One written "heart attack" against two writers' "none" for the same words: the written one weighs three.
        examples = [("crushing pain in my chest", "heart attack"), ("crushing pain in my chest", "none"),
                    ("crushing pain in my chest", "none"), ("which toothpaste for sensitive teeth", "none")]
        vector = HashingEncoder().encode(["crushing pain in my chest"])[0]
        for written, expected in ((1, "heart attack"), (0, "none")):
            with use_encoder(HashingEncoder()):
                model = learned.fit_emergency(examples, c=10.0, written=written)
            logits = model["coef"] @ vector + model["intercept"]
            self.assertEqual(str(model["slugs"][int(np.argmax(logits))]), expected)

    def test_the_writers_sets_hold_no_test_set_no_chinese_question_and_only_known_families(self):
        from askdoc.intake import evaluation
        from askdoc.intake.data_files import load
        from askdoc.intake.text import is_mostly_chinese

        writers = learned.writer_emergency_examples()
        texts = {text for rows in writers.values() for text, _ in rows}
        labels = {label for rows in writers.values() for _, label in rows}
        for entry in (e for e in evaluation.manifest() if e["split"] == "test"):
            if (evaluation.evaluation_dir() / entry["path"]).exists():
                with self.subTest(set=entry["name"]):
                    self.assertFalse(texts & {row["text"] for row in evaluation.set_rows(entry)})
        self.assertFalse(any(is_mostly_chinese(text) for text in texts))
        self.assertIn(learned.NOT_EMERGENCY, labels)
        self.assertLessEqual(labels - {learned.NOT_EMERGENCY, "other"}, set(emergency.FAMILY_REASONS))
        self.assertLessEqual(set(load("emergency_families.yaml").values()), set(emergency.FAMILY_REASONS))

    def test_each_writer_is_read_by_a_classifier_fitted_without_it(self):
        writers = {f"writer-{i}": [(f"text {i} {j}", "none" if j else "stroke") for j in range(3)] for i in range(7)}
        fitted = []

        def fit(examples, **kwargs):
            fitted.append({text for text, _ in examples})
            return {"n": np.array(len(fitted))}

        with (mock.patch.object(learned, "writer_emergency_examples", return_value=writers),
              mock.patch.object(learned, "emergency_examples", return_value=[("written", "none")]),
              mock.patch.object(learned, "fit_emergency", side_effect=fit),
              mock.patch.object(learned, "save", side_effect=lambda model, path: path),
              tempfile.TemporaryDirectory() as folder):
            paths = learned.held_out_emergency_models(Path(folder), folds=3)
        self.assertEqual(set(paths), set(writers))
        self.assertEqual(len(fitted), 3)
        for name, path in paths.items():
            seen = fitted[int(path.stem[-1])]
            self.assertFalse(seen & {text for text, _ in writers[name]}, name)
            self.assertIn("written", seen)
            self.assertEqual(len(seen), 1 + 3 * sum(paths[other] != path for other in writers))

    def test_a_held_out_classifier_is_read_instead_of_the_shipped_one_while_asked_for(self):
        examples = [("my chest is crushing and my arm hurts", "heart attack"),
                    ("what toothpaste is best for sensitive teeth", "none")]
        with use_encoder(HashingEncoder()), tempfile.TemporaryDirectory() as folder:
            path = learned.save(learned.fit_emergency(examples, c=10.0), Path(folder) / "held_out.npz")
            shipped = learned.emergency_probability("my chest is crushing")
            with learned.held_out_emergency(path):
                held_out = learned.emergency_probability("my chest is crushing")
            self.assertEqual(learned.emergency_probability("my chest is crushing"), shipped)
        self.assertIsNone(shipped)  # the shipped model was fitted with MiniLM, not this encoder
        self.assertEqual(held_out[1], "heart attack")


@pytest.mark.slow
@override_settings(ASKDOC_INTAKE_SEMANTIC=True)
class LearnedEmergencyMiniLMTest(AskdocTestCase):
    def test_it_recognises_wordings_the_rules_do_not_know_with_the_shipped_model(self):
        for text in ["I don't see myself being around after tonight.", UNKNOWN_TO_THE_RULES]:
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
