"""The dense index keeps its rows in half precision: scores must still be the cosines, ranks unchanged."""

import numpy as np
from django.test import SimpleTestCase

from askdoc.retrieval.dense import DenseIndex


class DenseIndexTest(SimpleTestCase):
    def test_half_precision_scores_are_the_cosines_and_keep_the_order(self):
        generator = np.random.default_rng(7)
        rows = generator.normal(size=(3000, 384)).astype(np.float32)
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
        query = rows[42] + 0.3 * rows[7]
        query /= np.linalg.norm(query)
        index = DenseIndex(384)
        for row in rows:
            index.add(row)
        exact = rows @ query
        scores = index.scores(query)
        self.assertEqual(scores.shape, (3000,))
        self.assertLess(float(np.abs(scores - exact).max()), 2e-3)
        self.assertEqual(list(np.argsort(-scores)[:2]), list(np.argsort(-exact)[:2]))
