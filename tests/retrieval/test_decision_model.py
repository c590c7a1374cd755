"""The committed decision model: what a fresh clone runs for similarity, entailment and re-ranking."""

import numpy as np
import pytest

from askdoc.retrieval import decision
from askdoc.retrieval.scorer import entailment_scores, scorer_name, similarity_scores
from tests.base import AskdocTestCase

pytestmark = pytest.mark.slow


class DecisionModelTests(AskdocTestCase):
    def test_a_fresh_checkout_runs_the_committed_decision_model(self):
        self.assertTrue(decision.encoder_available())
        self.assertTrue(decision.available())
        self.assertTrue(scorer_name().startswith("decision model"))
        self.assertEqual(decision.top_layer()["weights"].shape, (len(decision.ALL_FEATURES),))

    def test_one_model_scores_short_pairs_and_a_long_message_against_a_short_question(self):
        message = ("Hello doctor, I am 45 and I was told last month that my blood pressure is high, 150 over 95. "
                   "I do not smoke and I walk every day. What are the treatments for high blood pressure?")
        pairs = [(message, "How is high blood pressure treated?"),
                 (message, "What are the symptoms of a stroke in women?")]
        scores = entailment_scores(pairs)
        self.assertGreater(scores[0], scores[1])
        np.testing.assert_allclose(scores, similarity_scores(pairs))
        self.assertTrue(((scores >= 0) & (scores <= 1)).all())

    def test_the_embedding_cosine_counts_only_for_a_long_message_against_a_short_question(self):
        lookalike = ("Can my 6-month-old eat eggs?", "Can my 6-month-old eat honey?")
        message = ("Hi doctor, my son is 6 months old and started solids last week. He loves cereal and mashed "
                   "banana. My mother says honey would help his cough. Can my 6-month-old eat honey?")
        self.assertEqual(decision.shape(*lookalike), 0.0)
        self.assertEqual(decision.shape(message, lookalike[1]), 1.0)
        (short,), (long,) = decision.shape_features([lookalike, (message, lookalike[1])])
        self.assertEqual(short, 0.0)
        self.assertGreater(long, 0.5)

    def test_the_order_of_a_question_pair_barely_matters(self):
        # The cross-encoder reads both orders in one batch and every other feature is symmetric: only the numeric
        # noise of a batch differs.
        a, b = "Can I take ibuprofen while breastfeeding?", "Is ibuprofen safe for a nursing mother?"
        forward, backward = similarity_scores([(a, b), (b, a)])
        self.assertLess(abs(forward - backward), 0.05)
        self.assertEqual(forward >= 0.5, backward >= 0.5)

    def test_reranking_puts_the_same_question_first(self):
        query = "How do I get rid of head lice in my daughter's hair?"
        candidates = [("1", "What causes hair loss in teenage girls?"),
                      ("2", "Lice treatment for children: what works to remove head lice?"),
                      ("3", "My daughter has dandruff, which shampoo should she use?")]
        self.assertEqual(decision.rerank(query, candidates)[0][0], "2")
