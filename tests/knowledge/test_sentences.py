from django.test import SimpleTestCase

from askdoc.knowledge.text import split_sentences


class SentenceSplittingTests(SimpleTestCase):
    def test_it_splits_where_a_source_lost_its_full_stop(self):
        text = ("Attacks can become more frequent in some individuals With proper treatment most people "
                "overcome much of the discomfort. Rest helps.")
        self.assertEqual(split_sentences(text), [
            "Attacks can become more frequent in some individuals",
            "With proper treatment most people overcome much of the discomfort.",
            "Rest helps.",
        ])

    def test_it_keeps_titles_and_abbreviations_inside_a_sentence(self):
        text = "Results were published in The Lancet last year. Ask Dr. Smith, e.g. at the clinic."
        self.assertEqual(split_sentences(text), [
            "Results were published in The Lancet last year.",
            "Ask Dr. Smith, e.g. at the clinic.",
        ])
