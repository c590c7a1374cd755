"""Which similarity scorer runs: the fine-tuned cross-encoder only when it was built, else the fallback."""

import tempfile

import numpy as np
import pytest
from django.test import override_settings

from askdoc.retrieval import SIMILAR_THRESHOLD, cross_encoder, similarity
from askdoc.retrieval.scorer import forget_models, scorer_name
from tests.retrieval.base import RetrievalTestCase


class ScorerChoiceTests(RetrievalTestCase):
    def setUp(self):
        super().setUp()
        data_dir = tempfile.TemporaryDirectory()
        self.addCleanup(data_dir.cleanup)
        settings = override_settings(DATA_DIR=data_dir.name)
        settings.enable()
        self.addCleanup(settings.disable)
        forget_models()
        self.addCleanup(forget_models)

    def test_it_falls_back_without_a_trained_model_and_says_so(self):
        self.assertFalse(cross_encoder.available())
        self.assertIn("fallback", scorer_name())
        same = similarity("migraine with aura every morning", "migraine with aura every morning")
        other = similarity("migraine with aura every morning", "broken toe after football")
        self.assertGreaterEqual(same, SIMILAR_THRESHOLD)
        self.assertLess(other, SIMILAR_THRESHOLD)

    @pytest.mark.slow
    def test_it_fine_tunes_a_tiny_cross_encoder_that_scores_pairs_symmetrically(self):
        pairs = [("How is gout treated?", "What can be done for gout?", 1),
                 ("How is gout treated?", "What causes gout?", 0)] * 2
        summary = cross_encoder.train(pairs, output=cross_encoder.model_dir())
        self.assertEqual(summary["pairs"], 4)
        self.assertTrue(cross_encoder.available())
        forward = cross_encoder.scores([("How is gout treated?", "What causes gout?")])
        backward = cross_encoder.scores([("What causes gout?", "How is gout treated?")])
        self.assertTrue(0 <= forward[0] <= 1)
        np.testing.assert_allclose(forward, backward, atol=1e-6)
