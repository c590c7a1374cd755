"""The cross-encoder's training pairs made from MedQuAD: rewordings are similar, another intent is not."""

from askdoc.retrieval.cross_encoder import medquad_pairs
from tests.retrieval.base import RetrievalTestCase

QUESTIONS = [
    (f"What are the treatments for {focus} ?", "treatment", focus) for focus in ("Kidney stones", "Gallstones", "Gout")
] + [
    (f"What are the symptoms of {focus} ?", "symptoms", focus) for focus in ("Kidney stones", "Gallstones", "Gout")
] + [
    (f"How to prevent {focus} ?", "prevention", focus) for focus in ("Kidney stones", "Gallstones", "Gout")
] + [("What is (are) Kidney stones ?", "information", "Kidney stones")]


FOCI = ("Kidney stones", "Gallstones", "Gout")


def mentions(text: str, focus: str) -> bool:
    return focus.lower() in text.lower()


def foci_in(text: str) -> set[str]:
    return {focus for focus in FOCI if mentions(text, focus)}


class TrainingPairTests(RetrievalTestCase):
    def test_it_pairs_two_wordings_of_one_question_as_similar(self):
        pairs = medquad_pairs(QUESTIONS, foci=3, seed=1)
        similar = [(a, b) for a, b, label in pairs if label == 1]
        self.assertTrue(similar)
        for a, b in similar:
            self.assertNotEqual(a, b)
            self.assertEqual(foci_in(a), foci_in(b))
            self.assertEqual(len(foci_in(a)), 1)

    def test_it_makes_look_alike_negatives_about_the_same_condition(self):
        pairs = medquad_pairs(QUESTIONS, foci=3, seed=2)
        look_alikes = [
            (a, b) for a, b, label in pairs
            if label == 0 and foci_in(a) & foci_in(b)
        ]
        self.assertGreaterEqual(len(look_alikes), 1)

    def test_it_is_reproducible_for_a_seed(self):
        self.assertEqual(medquad_pairs(QUESTIONS, foci=3, seed=5), medquad_pairs(QUESTIONS, foci=3, seed=5))
