"""Quasi-identifiers: a workplace, school or small clinic next to the patient's own details is flagged for the
privacy check, not redacted."""

from django.test import SimpleTestCase

from askdoc.intake import privacy
from askdoc.intake.quasi import find_quasi_identifiers


def flagged(text: str) -> list[str]:
    return [q.text for q in find_quasi_identifiers(text, privacy.find_identifiers(text))]


class QuasiIdentifierTest(SimpleTestCase):
    def test_a_named_institution_by_its_kind_word(self):
        self.assertIn("Riverside Primary", flagged("I'm a teacher at Riverside Primary and I lost my voice"))

    def test_the_place_of_work_or_study_after_a_job(self):
        for text, name in [("I'm a cashier at Fernhill Grocery and my back aches", "Fernhill Grocery"),
                           ("my husband drives trucks for Bolton Freight, 52, chest pain at night", "Bolton Freight"),
                           ("im 22, a student at UWE, periods are late", "UWE"),
                           ("Employee ID at Marrow Steelworks: can I get a sick note?", "Marrow Steelworks")]:
            with self.subTest(text=text):
                self.assertIn(name, flagged(text))

    def test_no_workplace_in_a_person_a_town_or_a_time(self):
        for text in ("I'm a carer for Mr Oduya, 83, and he is constipated",
                     "I work nights at Christmas and can't sleep, I'm 40",
                     "I'm a nurse in Leeds and my hands crack, I'm 33",
                     "I work at A&E and keep getting colds"):
            with self.subTest(text=text):
                self.assertEqual([q for q in flagged(text) if q not in {"Oduya"}], [])

    def test_nothing_without_the_patients_own_details(self):
        self.assertEqual(flagged("Teachers at Riverside Primary say the flu is going round"), [])
