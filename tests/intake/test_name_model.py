"""The learned name layer: words the rules miss, called names by the words around them (the shipped model)."""

import numpy as np
from django.test import SimpleTestCase

from askdoc.intake import name_model
from askdoc.intake.analysis import redact

# ("Heya, its Robbo from the other thread" was the second example until the rules learned "its X from".)
TEXTS = ("Booking the swimming lessons for Isla-Mae, DOB 02/03/2016, and it asks about asthma",)


def names(text: str) -> list[str]:
    return [i.text for i in redact(text)[1] if i.type == "name"]


class NameModelTest(SimpleTestCase):
    def test_the_english_model_finds_names_the_rules_miss_but_ships_switched_off(self):
        coef, intercept = name_model._model()["en"]
        for text, name in zip(TEXTS, ("Isla-Mae",), strict=True):
            with self.subTest(text=text):
                self.assertNotIn(name, names(text))  # shipped: English threshold 1.0, the rules alone
                with name_model.held_out("en", coef, intercept, 0.8):
                    self.assertIn(name, names(text))

    def test_it_adds_to_the_rules_and_never_calls_a_medical_or_function_word_a_name(self):
        eager = np.zeros(name_model.DIMENSIONS, dtype=np.float32)
        with name_model.held_out("en", eager, 10.0, 0.5):  # a model that calls every word a name
            found = name_model.find("my Knee and the Head hurt since Tuesday")
        words = ["my Knee and the Head hurt since Tuesday"[start:end] for start, end in found]
        self.assertNotIn("Knee", words)
        self.assertNotIn("the", words)
        self.assertIn("hurt", words)  # not a listed word: only the model's score keeps it out in use

    def test_a_word_of_an_email_found_by_the_rules_is_not_a_second_name(self):
        text = "write to robbo.k@example.org please"
        self.assertEqual([(i.type, i.text) for i in redact(text)[1]], [("email", "robbo.k@example.org")])

    def test_the_chinese_model_finds_given_names_the_rules_miss_and_skips_ordinary_words(self):
        silent = np.zeros(name_model.DIMENSIONS, dtype=np.float32)
        for text, name in (("麻煩幫我轉告品睿 明天要空腹", "品睿"), ("跟宥廷說 藥要飯後吃", "宥廷")):
            with self.subTest(text=text):
                with name_model.held_out("zh", silent, -10.0, 1.0):
                    self.assertNotIn(name, names(text))
                self.assertIn(name, names(text))
        for text in ("寶寶剛滿月 今天摸起來燙燙的", "我是家庭主婦 手指縫裂開", "紗布換了好幾次都是滿滿的血"):
            with self.subTest(text=text):
                self.assertEqual(names(text), [])
