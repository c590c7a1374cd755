"""The few tests that load all-MiniLM-L6-v2 (one instance per process, shared by these tests)."""

import numpy as np
import pytest

from askdoc.retrieval import SIMILAR_THRESHOLD, Document, clear_cache, encode, search, similarity, upsert
from tests.base import AskdocTestCase

pytestmark = pytest.mark.slow


class RealEncoderTests(AskdocTestCase):
    def setUp(self):
        clear_cache()
        self.addCleanup(clear_cache)

    def test_it_encodes_unit_length_float32_rows(self):
        vectors = encode(["My knee hurts when I climb stairs", "Chest pain at night"])
        self.assertEqual(vectors.dtype, np.float32)
        self.assertEqual(vectors.shape, (2, 384))
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)

    def test_it_finds_a_question_worded_differently(self):
        upsert("questions", [
            Document("ears", "Constant ringing in my ears after a rock concert", {"department": "otolaryngology"}),
            Document("knee", "My knee hurts when I walk up stairs", {"department": "orthopedics"}),
            Document("skin", "Itchy red patches on my elbows", {"department": "dermatology"}),
        ])
        self.assertEqual(search("questions", "tinnitus since the gig last week", k=1)[0].key, "ears")

    def test_it_tells_a_rewording_from_a_question_with_another_intent(self):
        question = "How are kidney stones diagnosed?"
        rewording = "What tests do doctors use to find out whether someone has kidney stones?"
        other_intent = "My husband passed a kidney stone, how do we stop the next one?"
        self.assertGreaterEqual(similarity(question, rewording), SIMILAR_THRESHOLD)
        self.assertLess(similarity(question, other_intent), SIMILAR_THRESHOLD)
        self.assertGreater(similarity(question, rewording), similarity(question, other_intent))
