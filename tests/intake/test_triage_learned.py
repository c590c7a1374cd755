"""The learned triage signal: a small model shipped with askdoc, combined with the rules' points."""

from unittest import mock

import numpy as np
import pytest
from django.test import override_settings

from askdoc.intake import learned, triage
from askdoc.qa.departments import DEFAULT_DEPARTMENTS
from askdoc.retrieval.encoder import MiniLMEncoder, use_encoder
from tests.base import AskdocTestCase
from tests.retrieval.fakes import HashingEncoder

_MINILM = MiniLMEncoder()


def top(text: str, **kwargs) -> str:
    return triage.rank_departments(text, use_retrieval=False, **kwargs).departments[0]["slug"]


class LearnedTriageTest(AskdocTestCase):
    def test_the_shipped_model_is_small_and_knows_every_department(self):
        self.assertLess(learned.MODEL_PATH.stat().st_size, 5 * 1024 * 1024)
        model = learned.load_model()
        self.assertEqual(set(model["slugs"]), {slug for slug, _ in DEFAULT_DEPARTMENTS})
        self.assertEqual(str(model["encoder"]), "all-MiniLM-L6-v2")

    def test_the_written_training_questions_cover_every_department_with_valid_labels(self):
        examples = learned.written_examples()
        slugs = [slug for _, slug in examples]
        self.assertEqual(set(slugs), {slug for slug, _ in DEFAULT_DEPARTMENTS})
        self.assertGreaterEqual(min(slugs.count(slug) for slug in set(slugs)), 40)
        self.assertTrue(all(text.strip() for text, _ in examples))

    def test_no_evaluation_question_is_in_the_training_data(self):
        from askdoc.intake import evaluation

        evaluated = {row["text"].strip().lower() for name in ("triage_dev.jsonl", "triage_heldout.jsonl")
                     for row in evaluation.load(name)}
        evaluated |= {row["text"].strip().lower()
                      for row in evaluation.load("blind-2026-11/triage.jsonl")}
        self.assertEqual(evaluated & {text.strip().lower() for text, _ in learned.written_examples()}, set())

    def test_its_probabilities_move_the_ranking(self):
        vague = "Something has felt off for a while and I would like advice."
        sure = {slug: 0.01 for slug, _ in DEFAULT_DEPARTMENTS} | {"urology": 0.8}
        with mock.patch.object(learned, "probabilities", return_value=sure):
            ranking = triage.rank_departments(vague, use_retrieval=False)
        self.assertEqual(ranking.best, "urology")
        self.assertIn("learned model: 80%", ranking.evidence["urology"])

    def test_it_keeps_the_rules_when_there_is_no_model(self):
        text = "Terrible tooth pain when I drink something cold"
        with mock.patch.object(learned, "probabilities", return_value=None):
            self.assertEqual(top(text), "dentistry")

    @override_settings(ASKDOC_INTAKE_SEMANTIC=True)
    def test_the_triage_and_emergency_models_encode_a_question_once_between_them(self):
        text = "Sharp pain under my right ribs after fatty meals, unique wording 7f3a"
        with use_encoder(HashingEncoder()) as encoder:
            model = learned.fit_emergency([("crushing chest pain", "heart attack"), ("sore tooth", "none")])
            encoder.encoded.clear()
            with mock.patch.object(learned, "load_model", return_value=model):
                self.assertIsNotNone(learned.probabilities(text))
                self.assertIsNotNone(learned.emergency_probability(text))
        self.assertEqual(encoder.encoded, [text])

    @override_settings(ASKDOC_INTAKE_SEMANTIC=True)
    def test_it_ignores_a_model_fitted_with_another_encoder(self):
        with use_encoder(HashingEncoder()):
            self.assertIsNone(learned.probabilities("my knee hurts"))

    @override_settings(ASKDOC_INTAKE_SEMANTIC=True)
    def test_fitting_and_saving_gives_a_model_that_ranks_its_own_words(self):
        written = [("kidney stones in the ureter", "urology"), ("bladder infection burning urine", "urology"),
                   ("itchy rash on the skin", "dermatology"), ("acne pimples on my face", "dermatology")]
        demo = [("prostate and bladder problems", "urology"), ("skin, hair and nails", "dermatology")]
        path = self.tmp_path()
        with use_encoder(HashingEncoder()):
            learned.save(learned.fit(written, demo, c=10.0), path)
            model = learned.load_model(path)
        vector = HashingEncoder().encode(["a bladder infection, burning urine"])[0]
        logits = model["coef"] @ vector + model["intercept"]
        self.assertEqual(str(model["slugs"][int(np.argmax(logits))]), "urology")
        learned.load_model.cache_clear()

    def tmp_path(self):
        import tempfile
        from pathlib import Path

        folder = Path(tempfile.mkdtemp())
        self.addCleanup(lambda: [p.unlink() for p in folder.iterdir()] and folder.rmdir())
        return folder / "model.npz"


@pytest.mark.slow
@override_settings(ASKDOC_INTAKE_SEMANTIC=True)
class LearnedTriageMiniLMTest(AskdocTestCase):
    def test_it_sends_rehab_after_a_joint_replacement_to_rehabilitation(self):
        text = "After my knee replacement I need exercises to get walking again"
        with use_encoder(_MINILM):
            probabilities = learned.probabilities(text)
            self.assertEqual(max(probabilities, key=probabilities.get), "rehabilitation")
            self.assertEqual(top(text, age_range="60~69"), "rehabilitation")


class TrainTriageWritersTest(AskdocTestCase):
    def test_the_writers_sets_hold_no_test_set_and_no_chinese_question(self):
        from askdoc.intake import evaluation
        from askdoc.intake.management.commands.train_triage import writer_sets
        from askdoc.intake.text import is_mostly_chinese

        texts = {row["text"] for rows in writer_sets().values() for row in rows}
        self.assertTrue(texts)
        tests = [e for e in evaluation.manifest() if e["split"] == "test"]
        for entry in tests:
            path = evaluation.evaluation_dir() / entry["path"]
            if path.exists():
                with self.subTest(set=entry["name"]):
                    self.assertFalse(texts & {row["text"] for row in evaluation.set_rows(entry)})
        self.assertFalse(any(is_mostly_chinese(text) for text in texts))

    def test_each_text_is_encoded_once_across_folds(self):
        calls = []

        def encode(texts):
            calls.append(list(texts))
            return np.array([[float(len(t))] for t in texts])

        encode_once = learned.cached(encode)
        self.assertEqual(encode_once(["a", "bb", "a"]).ravel().tolist(), [1.0, 2.0, 1.0])
        self.assertEqual(encode_once(["bb", "ccc"]).ravel().tolist(), [2.0, 3.0])
        self.assertEqual(calls, [["a", "bb"], ["ccc"]])
