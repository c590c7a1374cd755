from django.test import SimpleTestCase

from askdoc.knowledge.more_info import CAUSES, DOCTOR, HELPS, section_of
from askdoc.knowledge.sentences import answer_sentences
from askdoc.knowledge.text import split_sentences


class SentenceFilterTests(SimpleTestCase):
    def test_it_drops_list_items_that_are_not_sentences_of_their_own(self):
        answer = ("Restless legs syndrome has typical signs. Signs include: - Symptoms that start or get worse in the "
                  "evening or at night. - Moving the legs can relieve the unpleasant feelings for a while.")
        kept = answer_sentences(answer)
        self.assertNotIn("Symptoms that start or get worse in the evening or at night.", kept)
        self.assertIn("Moving the legs can relieve the unpleasant feelings for a while.", kept)

    def test_it_drops_sentences_that_lean_on_what_came_before(self):
        answer = ("Some nerve problems are inherited from a parent. Still others are from nerve compression, like "
                  "carpal tunnel syndrome. Namely, a history of cramps without weakness is suggestive of the "
                  "condition. This condition is usually treated with rest and a splint. Some are the result of "
                  "other diseases, like diabetic nerve problems.")
        self.assertEqual(answer_sentences(answer), ["Some nerve problems are inherited from a parent."])

    def test_it_drops_pointers_to_other_parts_of_the_source_page(self):
        answer = ("Muscle cramps often happen after hard exercise in hot weather. See the Treatment section of this "
                  "page for the medicines doctors use. The causes are described below in more detail for readers.")
        self.assertEqual(answer_sentences(answer), ["Muscle cramps often happen after hard exercise in hot weather."])

    def test_it_drops_invitations_to_clinical_trials(self):
        answer = ("Hot flashes often ease within a few years after the last period. Talk with your doctor about "
                  "clinical trials that may be right for you. Before taking part in such a trial, ask about its risks.")
        self.assertEqual(answer_sentences(answer), ["Hot flashes often ease within a few years after the last period."])

    def test_it_splits_off_a_heading_that_lost_its_line_break(self):
        self.assertEqual(split_sentences("Avoid the sun Treatments for acne include medicines and creams."),
                         ["Avoid the sun", "Treatments for acne include medicines and creams."])


class SectionTests(SimpleTestCase):
    def test_it_files_urgent_care_advice_under_when_to_see_a_doctor(self):
        sentence = ("Get immediate medical care if you have chest pain that does not go away or chest pain along with "
                    "sweating.")
        self.assertEqual(section_of(sentence, "information"), DOCTOR)
        self.assertEqual(section_of("Talk with your health care provider if you cannot drink that much.",
                                    "prevention"), DOCTOR)

    def test_it_files_a_risk_on_a_prevention_page_under_causes(self):
        sentence = "You are more likely to form stones if you do not make enough urine each day."
        self.assertEqual(section_of(sentence, "prevention"), CAUSES)
        self.assertEqual(section_of("Drinking enough fluids each day is the best way to help prevent stones.",
                                    "prevention"), HELPS)
