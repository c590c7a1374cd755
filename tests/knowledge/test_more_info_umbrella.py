"""A name that is part of many longer MedQuAD names ("Fever": "Q Fever", "Hay Fever"...) is an umbrella, not a
question's focus; a page titled for another population is not cited."""

from unittest import TestCase

from askdoc.knowledge.more_info import UMBRELLA_NAMES, population_fits, umbrella_cores
from askdoc.knowledge.understanding import Population


class UmbrellaTests(TestCase):
    def test_a_name_inside_many_longer_names_is_an_umbrella(self):
        table = {f"f{i}": [f"Kind{i} Fever"] for i in range(UMBRELLA_NAMES)} | {"fever": ["Fever"],
                                                                               "goiter": ["Goiter", "Toxic Goiter"]}
        umbrellas = umbrella_cores(table)
        self.assertIn(("fever",), umbrellas)
        self.assertNotIn(("goiter",), umbrellas)


class PopulationTests(TestCase):
    def test_a_childrens_page_fits_a_son_but_not_an_adult(self):
        self.assertTrue(population_fits("Kidney Stones in Children", Population(who="relative", relative="son")))
        self.assertFalse(population_fits("Kidney Stones in Children", Population(age_group="adult", age=33)))

    def test_a_pregnancy_page_fits_only_a_pregnancy(self):
        self.assertFalse(population_fits("High Blood Pressure in Pregnancy", Population(age_group="adult")))
        self.assertTrue(population_fits("High Blood Pressure in Pregnancy", Population(pregnant=True)))
        self.assertTrue(population_fits("High Blood Pressure", Population(age_group="adult")))
