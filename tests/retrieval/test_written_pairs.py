"""Stage 4's training pairs: only sets marked training, and counterweights against "overlap decides"."""

import random
import re

from django.test import SimpleTestCase

from askdoc.retrieval import evaluation, written_pairs

LOOKALIKE = {"a": "Can my 6-month-old eat eggs?", "b": "Can my 6-month-old eat honey?", "label": 0,
             "kind": "lookalike_high_overlap"}
PARAPHRASES = [
    {"a": "What causes gout?", "b": "why do people get that big toe joint disease from uric acid", "label": 1,
     "kind": "paraphrase_low_overlap"},
    {"a": "Is Nurofen safe with a cold?", "b": "can I take ibuprofen when I have a runny nose", "label": 1,
     "kind": "paraphrase_low_overlap"},
]


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


class WrittenPairsTests(SimpleTestCase):
    def test_only_sets_that_evaluation_reports_as_training_are_read(self):
        status = dict(evaluation.LOOKALIKE_SETS + evaluation.ENTAILMENT_SETS)
        for name in written_pairs.TRAINING_SETS:
            self.assertTrue(status[name].startswith("TRAINING"), name)
        for name, kind in status.items():
            if not kind.startswith("TRAINING"):
                self.assertNotIn(name, written_pairs.TRAINING_SETS)

    def test_every_training_set_is_in_the_repository_and_labelled(self):
        for name in written_pairs.TRAINING_SETS:
            rows = written_pairs.written(name)
            self.assertGreater(len(rows), 100, name)
            self.assertEqual({row["label"] for row in rows}, {0, 1}, name)

    def test_a_surface_variant_keeps_every_word_of_the_question(self):
        rng = random.Random(3)
        for text in ("I am 28 weeks pregnant, do not know if brie is ok?", "Can my 6-month-old eat eggs?"):
            for _ in range(20):
                variant = written_pairs.surface_variant(text, rng)
                self.assertNotEqual(variant, text)
                kept = words(text) - {"i", "am", "do", "not"}  # contractions may change these
                self.assertLessEqual(kept, words(variant), variant)

    def test_counterweights_match_a_look_alike_with_its_own_variant_and_part_two_paraphrases(self):
        pairs = written_pairs.counterweights([LOOKALIKE, *PARAPHRASES], random.Random(0))
        matches = [(a, b) for a, b, label in pairs if label == 1]
        self.assertEqual(len(matches), 2)
        self.assertTrue(all({a, b} & {LOOKALIKE["a"], LOOKALIKE["b"]} for a, b in matches))
        for a, b, label in pairs:
            if label == 0:
                own = next(row for row in PARAPHRASES if row["a"] == a)
                self.assertNotIn(b, (own["a"], own["b"]))

    def test_an_unrelated_question_is_about_a_focus_the_message_never_names(self):
        questions = [("How is acne treated?", "Acne"), ("What are the treatments for acne scars?", "Acne scars"),
                     ("How is gout treated?", "Gout")]
        message = "I am 17 and my acne got worse this winter. How do I treat it?"
        drawn = {written_pairs.unrelated_question(message, questions, random.Random(seed)) for seed in range(20)}
        self.assertEqual(drawn, {"How is gout treated?"})
        self.assertIsNone(written_pairs.unrelated_question(message, questions[:2], random.Random(0)))
