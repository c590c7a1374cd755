"""The decision cross-encoder's hard pairs: look-alikes share words, paraphrases do not."""

import random
import re
from unittest import TestCase

from askdoc.retrieval.hard_pairs import (
    AGE_NEAR,
    AGES,
    CONDITION_POPULATIONS,
    FAMILIES,
    POLARITY_FAMILIES,
    also_called_names,
    condition_names,
    condition_pairs,
    family_pairs,
    hard_pairs,
    siblings,
)

WORD = re.compile(r"[a-z0-9']+")


def overlap(a: str, b: str) -> float:
    words_a, words_b = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return len(words_a & words_b) / len(words_a | words_b)


QUESTIONS = [
    ("What causes Otitis media?", "causes", "Otitis media"),
    ("How to treat Otitis media?", "treatment", "Otitis media"),
    ("What causes Otitis externa?", "causes", "Otitis externa"),
    ("What is Asthma?", "information", "Asthma"),
    ("What are the symptoms of Asthma?", "symptoms", "Asthma"),
    ("What are the side effects of X?", "side effects", "X"),
]
SYNONYMS = {"Otitis media": ["middle ear infection"], "Asthma": ["reactive airway disease"]}


class HardPairTests(TestCase):
    def test_a_look_alike_changes_one_value_of_the_same_template(self):
        family = next(f for f in FAMILIES if f.name == "food for a child")
        pairs = family_pairs(family, count=200, rng=random.Random(0))
        negatives = [(a, b) for a, b, y in pairs if y == 0]
        positives = [(a, b) for a, b, y in pairs if y == 1]
        self.assertGreater(len(negatives), 150)
        self.assertGreater(len(positives), 200)
        self.assertTrue(all(a != b for a, b in negatives))
        # Look-alikes share more words than the paraphrases: overlap alone would get these pairs wrong.
        mean = lambda pairs: sum(overlap(a, b) for a, b in pairs) / len(pairs)  # noqa: E731
        self.assertGreater(mean(negatives), mean(positives))

    def test_every_family_renders_without_a_leftover_slot(self):
        for family in FAMILIES:
            for a, b, label in family_pairs(family, count=30, rng=random.Random(1)):
                self.assertNotIn("{", a + b, family.name)
                self.assertIn(label, (0, 1))

    def test_conditions_use_their_synonyms_and_only_conditions(self):
        names = condition_names(QUESTIONS, SYNONYMS)
        self.assertIn(("otitis media", "middle ear infection"), names)
        self.assertNotIn(("x",), names)  # asked about side effects only: a drug
        pairs = condition_pairs(names, count=200, rng=random.Random(2))
        positives = [(a, b) for a, b, y in pairs if y == 1]
        self.assertTrue(any("middle ear infection" in a + b and "otitis media" in a + b for a, b in positives))
        self.assertTrue(any(y == 0 for _, _, y in pairs))

    def test_a_synonym_that_is_another_page_is_not_a_name(self):
        synonyms = {"Asthma": ["reactive airway disease", "asthma - children", "asthma - adults"]}
        self.assertIn(("asthma", "reactive airway disease"), condition_names(QUESTIONS, synonyms))

    def test_a_paraphrase_of_a_condition_always_uses_its_first_name(self):
        # Two synonyms of one focus are often two subtypes: only the first name against either is a paraphrase.
        names = [("intrahepatic cholestasis", "abcb4-related cholestasis", "atp8b1-related cholestasis")]
        pairs = condition_pairs(names, count=300, rng=random.Random(5))
        positives = [a + " | " + b for a, b, y in pairs if y == 1]
        self.assertTrue(any("abcb4" in p for p in positives))
        self.assertFalse([p for p in positives if "abcb4" in p and "atp8b1" in p])

    def test_whether_a_condition_is_inherited_is_not_asked_for_a_population(self):
        names = [("otitis media", "middle ear infection"), ("asthma",)]
        pairs = condition_pairs(names, count=400, rng=random.Random(6))
        asked = [text for pair in pairs for text in pair[:2] if "inherited" in text or "contagious" in text]
        self.assertTrue(asked)
        forms = [form for population in CONDITION_POPULATIONS for form in population if form]
        self.assertFalse([text for text in asked if any(form in text for form in forms)])

    def test_the_same_seed_gives_the_same_pairs(self):
        first = hard_pairs(QUESTIONS, SYNONYMS, count=100, seed=3)
        self.assertEqual(first, hard_pairs(QUESTIONS, SYNONYMS, count=100, seed=3))
        self.assertNotEqual(first, hard_pairs(QUESTIONS, SYNONYMS, count=100, seed=4))

    def test_a_polarity_look_alike_mostly_swaps_the_opposite(self):
        family = next(f for f in POLARITY_FAMILIES if f.name == "before or after")
        negatives = [(a, b) for a, b, y in family_pairs(family, count=200, rng=random.Random(5)) if y == 0]
        swapped = [(a, b) for a, b in negatives if ("before" in a.lower()) != ("before" in b.lower())
                   or ("after" in a.lower()) != ("after" in b.lower())]
        self.assertGreater(len(swapped), len(negatives) / 2)

    def test_an_age_look_alike_is_often_the_same_number_in_another_unit(self):
        near = AGE_NEAR[next(v for v in AGES if v[0] == "my 2-month-old")]
        self.assertIn("my 2-year-old", [v[0] for v in near])

    def test_also_called_sentences_give_two_names_of_one_thing(self):
        answers = ["People with diabetes have high blood glucose, also called high blood sugar or hyperglycemia.",
                   "Kidney stones (also called renal calculi) can hurt."]
        names = also_called_names(answers)
        self.assertIn(("high blood glucose", "high blood sugar", "hyperglycemia"), names)
        self.assertIn(("kidney stones", "renal calculi"), names)

    def test_an_also_called_aside_after_the_tail_of_a_phrase_gives_no_names(self):
        answers = ["Fever and elevated temperature, also known as CANDLE syndrome, is rare.",
                   "Type II fibers, also known as fast twitch fibers, are used for short bursts.",
                   "It upsets the acid levels in the blood, also called acidosis.",
                   "Avoid niacin, a vitamin also known as nicotinic acid.",
                   "RAS that needs to be treated, also called critical RAS, is rare.",
                   "Nephrotic syndrome, also called infantile nephrotic syndrome, starts early."]
        self.assertEqual(also_called_names(answers), [])

    def test_an_also_called_list_stops_at_the_first_comma(self):
        answer = "Triggers are foods with monosodium glutamate, also called MSG, fasting and alcohol."
        names = also_called_names([answer])
        self.assertEqual(names, [("monosodium glutamate", "MSG")])

    def test_siblings_differ_in_one_word(self):
        names = [("ankle sprain",), ("wrist sprain",), ("hepatitis a",), ("hepatitis b",), ("asthma",)]
        near = siblings(names)
        self.assertEqual(near[0], [1])
        self.assertEqual(near[2], [3])
        self.assertNotIn(4, near)
