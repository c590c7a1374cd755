"""The dense index keeps its rows in half precision: scores must still be the cosines, ranks unchanged."""

import numpy as np
from django.test import SimpleTestCase

from askdoc.retrieval.dense import DenseIndex, one_thread


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


class OneThreadTest(SimpleTestCase):
    def test_products_run_on_the_calling_thread_alone_and_the_setting_comes_back(self):
        import threading

        import torch

        before = torch.get_num_threads()
        seen: list[int] = []
        with one_thread():
            inside = torch.get_num_threads()
            other = threading.Thread(target=lambda: seen.append(torch.get_num_threads()))
            other.start()
            other.join()
        self.assertEqual(inside, 1)
        self.assertEqual(seen, [before])  # another thread keeps the process's setting
        self.assertEqual(torch.get_num_threads(), before)
